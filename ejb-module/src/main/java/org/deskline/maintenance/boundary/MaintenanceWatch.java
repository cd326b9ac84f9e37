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
 * M2/M3 on time, driven by {@code maintenance_schedule.next_due_at}: every DESK_MAINTENANCE_SWEEP_SECONDS (60) and at
 * start-up (so runs missed while the server was down are made then, once) it gives projects without schedules the
 * defaults (MaintenancePlanner), runs the due schedules, checks open checkups for overdue, and reminds or expires
 * site transfers (M4).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MaintenanceWatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    MaintenanceRun run;

    @Inject
    MaintenancePlanner planner;

    @Inject
    SiteTransfers transfers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.maintenance.sweep.seconds", defaultValue = "60")
    long sweepSeconds;

    @Resource
    TimerService timers;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            MaintenanceWatch.class.getName());

    private final DueSweep due = new DueSweep("Maintenance schedule");
    private final DueSweep overdue = new DueSweep("Checkup schedule");
    private final DueSweep siteTransfers = new DueSweep("Site transfer");

    @PostConstruct
    void start() {
        timers.createIntervalTimer(3_000, sweepSeconds * 1_000, new TimerConfig("maintenance-watch", false));
    }

    @Timeout
    void sweep() {
        try {
            planner.planAll();
        } catch (RuntimeException e) {
            // another server planned the same project at the same moment: its schedules stand
            LOG.fine(() -> "Planning maintenance schedules: " + e);
        }
        due.run(() -> em.createQuery("select s.id from MaintenanceSchedule s where s.nextDueAt <= :now "
                        + "order by s.nextDueAt", Long.class).setParameter("now", clock.instant()).setMaxResults(500)
                .getResultList(), id -> run.run(id, clock.instant()));
        overdue.run(run::checkupsToWatch, id -> run.checkOverdue(id, clock.instant()));
        siteTransfers.run(() -> transfers.due(clock.instant()), id -> transfers.check(id, clock.instant()));
    }
}
