package org.deskline.maintenance.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.alert.control.AlertOutbox;
import org.deskline.alert.entity.AlertType;
import org.deskline.maintenance.entity.BackupRetention;
import org.deskline.maintenance.entity.BackupCopy;
import org.deskline.maintenance.entity.BackupPolicy;
import org.deskline.maintenance.entity.BackupViolation;
import org.deskline.organization.entity.Project;
import org.deskline.platform.control.JsonDocs;

/**
 * M1, the backup-retention check of one project at a moment, in its own transaction with the policy row locked (so
 * two servers never alert twice): BackupRetention's verdict is reconciled with the open violations; a new one is
 * stored and alerted (BACKUP_VIOLATION), one no longer found is cleared and alerted (BACKUP_RECOVERED); the copies
 * past retention are marked for the pruning list. The next check is due within the hour, so
 * staleness is noticed without a new report. B1 (seed 003: backups are kept only while support is active): a project
 * whose support lapsed raises no violation.
 */
@Stateless
public class BackupCheck {

    static final Duration RECHECK = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AlertOutbox alerts;

    @Inject
    org.deskline.ticket.control.CoverageGate coverage;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BackupRetention.Verdict check(long projectId, Instant now) {
        BackupPolicy policy = em.find(BackupPolicy.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (policy == null) {
            return new BackupRetention.Verdict(List.of(), List.of());
        }
        List<BackupCopy> copies = em.createQuery("select c from BackupCopy c where c.projectId = :p",
                BackupCopy.class).setParameter("p", projectId).getResultList();
        BackupRetention.Verdict verdict = BackupRetention.check(policy.rule(),
                copies.stream().map(BackupCopy::asCopy).toList(), now);

        Project project = em.find(Project.class, projectId);
        Set<Long> prune = verdict.prune().stream().map(BackupRetention.Copy::id).collect(Collectors.toSet());
        copies.forEach(c -> c.markPruneDue(prune.contains(c.getId())));
        policy.checkAt(now.plus(RECHECK));
        if (coverage.supportLapsed(project)) {
            // seed 003: backups are kept only while support is active; a lapsed project raises no violation (and
            // clears none: they stand as they were until support is renewed)
            return new BackupRetention.Verdict(List.of(), verdict.prune());
        }
        Map<String, BackupRetention.Violation> found = verdict.violations().stream()
                .collect(Collectors.toMap(BackupRetention.Violation::key, v -> v, (a, b) -> a));
        Map<String, BackupViolation> open = new HashMap<>();
        em.createQuery("select v from BackupViolation v where v.projectId = :p and v.clearedAt is null",
                BackupViolation.class).setParameter("p", projectId).getResultList()
                .forEach(v -> open.put(v.getViolation(), v));
        for (BackupRetention.Violation v : verdict.violations()) {
            if (!open.containsKey(v.key())) {
                em.persist(new BackupViolation(projectId, v.key(), v.detail(), now));
                alert(AlertType.BACKUP_VIOLATION, project, v.key(), v.kind(), v.tier(), v.location(), v.detail());
            }
        }
        for (BackupViolation v : open.values()) {
            if (!found.containsKey(v.getViolation())) {
                v.clear(now);
                String[] parts = v.getViolation().split("/");
                alert(AlertType.BACKUP_RECOVERED, project, v.getViolation(),
                        BackupRetention.Kind.valueOf(parts[0]), BackupRetention.Tier.valueOf(parts[1]),
                        parts.length > 2 ? parts[2] : null, "fixed: " + v.getDetail());
            }
        }
        return verdict;
    }

    private void alert(AlertType type, Project project, String key, BackupRetention.Kind kind,
                       BackupRetention.Tier tier, String location, String detail) {
        JsonObjectBuilder details = JsonDocs.object().add("subject", "BACKUP").add("violation", key)
                .add("kind", kind.name()).add("tier", tier.name()).add("detail", detail);
        if (location != null) {
            details.add("location", location);
        }
        alerts.record(type, project.getOrganization(), project, "maintenance", details.build());
    }
}
