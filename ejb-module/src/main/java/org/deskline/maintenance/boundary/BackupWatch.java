package org.deskline.maintenance.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.deskline.platform.control.DueSweep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * M1 on time: the backup-retention check of every project whose {@code backup_policy.check_at} has come (a report
 * brings it forward to now; each check sets the next within the hour). Driven by that column, so a server that was
 * down catches up at start; runs every DESK_BACKUP_SWEEP_SECONDS (60).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupWatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    BackupCheck check;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.backup.sweep.seconds", defaultValue = "60")
    long sweepSeconds;

    @Resource
    TimerService timers;

    private final DueSweep due = new DueSweep("Project (backups)");

    @PostConstruct
    void start() {
        timers.createIntervalTimer(2_000, sweepSeconds * 1_000, new TimerConfig("backup-watch", false));
    }

    @Timeout
    void sweep() {
        due.run(() -> em.createQuery("select p.projectId from BackupPolicy p where p.checkAt <= :now "
                        + "order by p.checkAt", Long.class).setParameter("now", clock.instant()).setMaxResults(500)
                .getResultList(), project -> check.check(project, clock.instant()));
    }
}
