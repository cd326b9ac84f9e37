package org.deskline.maintenance.boundary;

import org.deskline.security.control.Audited;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deskline.maintenance.entity.BackupRetention;
import org.deskline.maintenance.entity.BackupRetention.Tier;
import org.deskline.maintenance.control.BackupLocations;
import org.deskline.maintenance.entity.BackupCopy;
import org.deskline.maintenance.entity.BackupLocation;
import org.deskline.maintenance.entity.BackupPolicy;
import org.deskline.maintenance.entity.BackupViolation;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.security.entity.Groups;

/** M1 for staff: each project's backup compliance, and the project's completion (its backups' retention ends after). */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class BackupAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BackupLocations locationList;

    /** A project's backups at a glance: per tier and location the newest copy, the open violations, what to prune. */
    public record Compliance(Project project, BackupPolicy policy, List<String> locations,
                             Map<Tier, Map<String, Instant>> newest, List<BackupViolation> violations,
                             long pruneDue) {
    }

    /** The projects whose backups are reported (they have a policy). */
    public List<Project> projects() {
        return em.createQuery("select p from Project p where exists (select b.projectId from BackupPolicy b "
                + "where b.projectId = p.id) order by p.code, p.id", Project.class).getResultList();
    }

    /** Every project (for the site-transfer action). */
    public List<Project> allProjects() {
        return em.createQuery("select p from Project p join fetch p.organization order by p.code, p.id", Project.class)
                .getResultList();
    }

    public Compliance compliance(long projectId) {
        Project project = em.find(Project.class, projectId);
        BackupPolicy policy = em.find(BackupPolicy.class, projectId);
        if (project == null || policy == null) {
            throw DeskException.notFound("projectId", "project with backups", projectId);
        }
        Map<Tier, Map<String, Instant>> newest = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            newest.put(t, new TreeMap<>());
        }
        for (BackupCopy c : em.createQuery("select c from BackupCopy c where c.projectId = :p", BackupCopy.class)
                .setParameter("p", projectId).getResultList()) {
            newest.get(c.getTier()).merge(c.getLocation(), c.getTakenAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<BackupViolation> open = em.createQuery("select v from BackupViolation v where v.projectId = :p "
                + "and v.clearedAt is null order by v.openedAt, v.id", BackupViolation.class)
                .setParameter("p", projectId).getResultList();
        long prune = em.createQuery("select count(c) from BackupCopy c where c.projectId = :p and c.pruneDue = true",
                Long.class).setParameter("p", projectId).getSingleResult();
        return new Compliance(project, policy, policy.locationSet().stream().sorted().toList(), newest, open, prune);
    }

    /**
     * M1: a project's own policy: the required locations (3-10 of the managed ones, comma-separated codes), how many distinct ones a backup needs
     * (3 to their number: seed 001 obliges the support team to keep every backup in 3 different geographic places, so
     * 3 is a floor no one lowers), and per tier how many backups are kept (1-100) and how old the newest may be
     * (1-10000 h).
     */
    @Audited
    public BackupPolicy updatePolicy(long projectId, String locations, int minLocations, int[] keep, int[] freshHours) {
        BackupPolicy policy = em.find(BackupPolicy.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            throw DeskException.notFound("projectId", "project with backups", projectId);
        }
        java.util.Set<String> set = locationList.requireForPolicy(locations == null ? new java.util.TreeSet<>()
                : java.util.Arrays.stream(locations.split(",")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), "locations");
        if (minLocations < BackupRetention.MIN_DISTINCT_LOCATIONS || minLocations > set.size()) {
            throw DeskException.invalid("minLocations", "M1", "A backup needs at least "
                    + BackupRetention.MIN_DISTINCT_LOCATIONS + " distinct locations (never fewer) and at most the "
                    + set.size() + " listed.");
        }
        for (int i = 0; i < 4; i++) {
            if (keep[i] < 1 || keep[i] > 100) {
                throw DeskException.invalid("keep", "M1", Tier.values()[i] + ": keep 1 to 100 backups.");
            }
            if (freshHours[i] < 1 || freshHours[i] > 10_000) {
                throw DeskException.invalid("freshHours", "M1", Tier.values()[i] + ": the newest backup may be 1 to "
                        + "10000 hours old.");
            }
        }
        policy.update(set, minLocations, keep, freshHours);
        policy.checkAt(clock.instant());
        return policy;
    }

    /** M2/M3: a project's schedules. */
    public List<org.deskline.maintenance.entity.MaintenanceSchedule> schedules(long projectId) {
        return em.createQuery("select s from MaintenanceSchedule s where s.projectId = :p order by s.kind",
                org.deskline.maintenance.entity.MaintenanceSchedule.class).setParameter("p", projectId)
                .getResultList();
    }

    /** M2/M3: how often a project's checkup or update recurs (1-60 months) and when it is next due. */
    @Audited
    public org.deskline.maintenance.entity.MaintenanceSchedule reschedule(long scheduleId, int everyMonths,
                                                                         Instant nextDue) {
        var s = em.find(org.deskline.maintenance.entity.MaintenanceSchedule.class, scheduleId,
                LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw DeskException.notFound("scheduleId", "schedule", scheduleId);
        }
        if (everyMonths < 1 || everyMonths > 60) {
            throw DeskException.invalid("everyMonths", "M2", "A schedule recurs every 1 to 60 months.");
        }
        if (nextDue == null) {
            throw DeskException.invalid("nextDue", "M2", "Give the day it is next due.");
        }
        s.reschedule(everyMonths, nextDue);
        return s;
    }

    /** M1: the managed backup locations, active ones first. */
    public List<BackupLocation> locations() {
        return locationList.all();
    }

    /**
     * M1: adds a location ({@code readVersion} null) or revises one. A location still required by a project's policy
     * stays active, and at least 3 active locations stay required by default (what a new project's backups reach).
     */
    @Audited
    public BackupLocation saveLocation(String code, String name, String place, boolean active,
                                       boolean requiredByDefault, Long readVersion) {
        String key = code == null ? null : code.strip();
        BackupLocation.check(key, name, place);
        BackupLocation location = em.find(BackupLocation.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (readVersion == null) {
            if (location != null) {
                throw DeskException.invalid("code", "M1", "A location " + key + " exists already.");
            }
            location = new BackupLocation(key, name, place, requiredByDefault);
            em.persist(location);
        } else {
            if (location == null) {
                throw DeskException.notFound("code", "backup location", key);
            }
            if (location.getVersion() != readVersion) {
                throw new DeskException(org.deskline.platform.ErrorCode.CONCURRENT_MODIFICATION, "location", null,
                        "Someone else changed this location meanwhile: open it again to see the change, then edit.");
            }
            if (!active) {
                List<String> requiring = em.createQuery("select p from BackupPolicy p", BackupPolicy.class)
                        .getResultStream().filter(p -> p.locationSet().contains(key))
                        .map(p -> em.find(Project.class, p.getProjectId()).getCode()).sorted().toList();
                if (!requiring.isEmpty()) {
                    throw DeskException.invalid("active", "M1", "The policies of " + String.join(", ", requiring)
                            + " still require " + key + "; choose other locations for them first.");
                }
            }
            location.revise(name, place, active, requiredByDefault);
        }
        em.flush();
        if (locationList.requiredByDefault().size() < BackupRetention.MIN_DISTINCT_LOCATIONS) {
            throw DeskException.invalid("requiredByDefault", "M1", "At least " + BackupRetention.MIN_DISTINCT_LOCATIONS
                    + " active locations are required by default: a new project's backups reach 3 places.");
        }
        return location;
    }

    /** M1: the project is completed at {@code at}: no fresh backups are expected; retention ends 92 days later. */
    @Audited
    public BackupPolicy complete(long projectId, Instant at) {
        BackupPolicy policy = em.find(BackupPolicy.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            throw DeskException.notFound("projectId", "project with backups", projectId);
        }
        if (at == null || at.isAfter(clock.instant().plusSeconds(366L * 86_400))) {
            throw DeskException.invalid("completedOn", "M1", "Give the day the project was (or will be) completed, "
                    + "at most a year ahead.");
        }
        policy.completeOn(at);
        policy.checkAt(clock.instant());
        return policy;
    }
}
