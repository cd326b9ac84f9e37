package org.deskline.maintenance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.deskline.maintenance.control.BackupLocations;
import org.deskline.maintenance.entity.BackupRetention;
import org.deskline.maintenance.entity.BackupCopy;
import org.deskline.maintenance.entity.BackupPolicy;
import org.deskline.maintenance.entity.BackupViolation;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;

/**
 * M1 for backup systems (SOAP, API clients of purpose BACKUP), scoped to the caller's organization: report each
 * completed backup copy (idempotent by the client's own reference), read the project's open violations and its
 * pruning list, and confirm what was pruned. The first report of a project gives it the default policy
 * (the managed locations required by default); every report asks the retention check to look at the project again.
 */
@Stateless
public class BackupReports {

    private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{64}");
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerDirectory callers;

    @Inject
    Clock clock;

    @Inject
    BackupLocations locationList;

    /** One reported copy of a backup. */
    public record Report(String projectCode, BackupRetention.Tier tier, Instant takenAt, String location,
                         long sizeBytes, String checksum, String clientRef) {
    }

    public BackupCopy report(String apiClient, Report r) {
        long org = callers.require(apiClient);
        if (r.clientRef() == null || r.clientRef().isBlank() || r.clientRef().length() > BackupRetention.CLIENT_REF_LENGTH) {
            throw DeskException.invalid("clientRef", "M1", "Give each report your own reference (1-"
                    + BackupRetention.CLIENT_REF_LENGTH + " characters): "
                    + "a retry with the same reference is answered with the first report.");
        }
        List<BackupCopy> earlier = em.createQuery("select c from BackupCopy c where c.organizationId = :org "
                + "and c.clientRef = :ref", BackupCopy.class).setParameter("org", org)
                .setParameter("ref", r.clientRef().strip()).getResultList();
        if (!earlier.isEmpty()) {
            return earlier.get(0);
        }
        Project project = project(org, r.projectCode());
        if (r.tier() == null) {
            throw DeskException.invalid("tier", "M1", "A backup is DAILY, WEEKLY, MONTHLY or FOUR_MONTHLY.");
        }
        Instant now = clock.instant();
        if (r.takenAt() == null || r.takenAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw DeskException.invalid("takenAt", "M1", "When the backup was taken, with a time zone, not in the "
                    + "future.");
        }
        locationList.requireActive(r.location(), "location");
        if (r.sizeBytes() <= 0) {
            throw DeskException.invalid("sizeBytes", "M1", "A backup has a size of at least one byte.");
        }
        if (r.checksum() == null || !CHECKSUM.matcher(r.checksum()).matches()) {
            throw DeskException.invalid("checksum", "M1", "The checksum is the SHA-256 of the backup in lower-case "
                    + "hex (64 characters).");
        }
        BackupPolicy policy = em.find(BackupPolicy.class, project.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            policy = BackupPolicy.defaults(project.getId(), locationList.requiredByDefault());
            em.persist(policy);
        }
        policy.checkAt(now);
        BackupCopy copy = new BackupCopy(org, project.getId(), r.tier(), r.takenAt(), r.location(), r.sizeBytes(),
                r.checksum(), r.clientRef().strip(), apiClient, now);
        em.persist(copy);
        return copy;
    }

    /** The copies kept past retention, to delete, oldest first. */
    public List<BackupCopy> pruningList(String apiClient, String projectCode) {
        Project project = project(callers.require(apiClient), projectCode);
        return em.createQuery("select c from BackupCopy c where c.projectId = :p and c.pruneDue = true "
                + "order by c.takenAt, c.id", BackupCopy.class).setParameter("p", project.getId()).getResultList();
    }

    /** The backup system deleted these copies (due for pruning); they are forgotten. Returns how many. */
    public int confirmPruned(String apiClient, List<Long> copyIds) {
        long org = callers.require(apiClient);
        int done = 0;
        for (Long id : copyIds) {
            BackupCopy copy = id == null ? null : em.find(BackupCopy.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (copy == null || copy.getOrganizationId() != org) {
                throw DeskException.notFound("backupId", "backup", id);
            }
            if (!copy.isPruneDue()) {
                throw DeskException.invalid("backupId", "M1", "Backup " + id + " is still within retention; keep it.");
            }
            em.remove(copy);
            done++;
        }
        return done;
    }

    /** The project's open violations, oldest first. */
    public List<BackupViolation> violations(String apiClient, String projectCode) {
        Project project = project(callers.require(apiClient), projectCode);
        return em.createQuery("select v from BackupViolation v where v.projectId = :p and v.clearedAt is null "
                + "order by v.openedAt, v.id", BackupViolation.class).setParameter("p", project.getId())
                .getResultList();
    }

    private Project project(long organizationId, String code) {
        return em.createQuery("select p from Project p where p.organization.id = :org and p.code = :code",
                        Project.class).setParameter("org", organizationId).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> DeskException.notFound("projectCode", "project", code));
    }
}
