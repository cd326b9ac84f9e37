package org.deskline.maintenance.boundary;

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
import org.deskline.maintenance.control.BackupRetention.Tier;
import org.deskline.maintenance.entity.BackupCopy;
import org.deskline.maintenance.entity.BackupPolicy;
import org.deskline.maintenance.entity.BackupViolation;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;

/** M1 for staff: each project's backup compliance, and the project's completion (its backups' retention ends after). */
@Stateless
public class BackupAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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

    /** M1: the project is completed at {@code at}: no fresh backups are expected; retention ends 92 days later. */
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
