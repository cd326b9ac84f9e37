package org.deskline.sla.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.deskline.alert.control.RelayHeartbeat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * S6: wakes at the next moment an SLA alert is owed, read from the database (the indexed next_alert_at column),
 * never from memory alone. Re-armed after every commit that brings a nearer moment; a safety sweep every
 * {@code desk.sla.sweep.seconds} catches moments set by another server, and a server that notices another one died
 * reads them at once. On start it wakes at once, so what fell due while the server was down is raised first thing,
 * once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaWatch {

    private static final Logger LOG = Logger.getLogger(SlaWatch.class.getName());
    private static final int BATCH = 200;
    private static final String SWEEP = "sla-sweep";

    @Resource
    TimerService timers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SlaAlarms alarms;

    @Inject
    SlaWakeUps wakeUps;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.sla.sweep.seconds", defaultValue = "30")
    long sweepSeconds;

    private final ReentrantLock waking = new ReentrantLock();
    private ScheduledFuture<?> exact;
    private Instant armedFor;
    /** The nearest moment announced while a wake-up was reading the database, which it might have missed. */
    private Instant announcedWhileWaking;

    @PostConstruct
    void start() {
        // the safety sweep: an independent interval, so the chain of exact wake-ups can never be lost for long
        long period = TimeUnit.SECONDS.toMillis(sweepSeconds);
        timers.createIntervalTimer(period, period, new TimerConfig(SWEEP, false));
        arm(clock.instant()); // at once: what fell due while the server was down
    }

    /**
     * After a commit that owes an alert at {@code at} ({@link SlaWakeUps}): wake then, if that is sooner than planned.
     * Asynchronous, because after completion the committing thread has no transaction to hand over.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nearer(Instant at) {
        synchronized (this) {
            if (waking.isLocked() && (announcedWhileWaking == null || at.isBefore(announcedWhileWaking))) {
                announcedWhileWaking = at;
            }
            if (armedFor == null || at.isBefore(armedFor)) {
                arm(at);
            }
        }
    }

    /**
     * Issue 22: another server died (its alert relay stopped beating). The moments it alone had planned to wake
     * for are in the database: read them now instead of at the next safety sweep, so its tickets' warnings and
     * breaches stay on the dot (or come within the 3 s it takes to notice, for a moment that fell in them).
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void serversLost(@Observes RelayHeartbeat.RelaysLost lost) {
        wake(null);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void wake(Timer fired) {
        if (!waking.tryLock()) {
            return; // another wake-up is raising right now and re-arms when done
        }
        try {
            if (org.deskline.platform.control.Clocks.movedElsewhere()) {
                // the demo's history is being written at its own moments (issue 20), and raises what fell due
                // then itself: judged by the real present it would all be late. Look again in a second.
                synchronized (this) {
                    arm(clock.instant().plusSeconds(1));
                }
                return;
            }
            synchronized (this) {
                announcedWhileWaking = null;
                // until re-armed below, every commit's moment comes here: this wake-up may read before it commits
                wakeUps.armed(null);
            }
            raiseAllDue();
            Instant sweep = clock.instant().plusSeconds(sweepSeconds);
            Instant next = sweep;
            try {
                next = alarms.nextAlertAt().filter(at -> at.isBefore(sweep)).orElse(sweep);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reading the next SLA moment failed; looking again at " + sweep, e);
            }
            synchronized (this) {
                if (announcedWhileWaking != null && announcedWhileWaking.isBefore(next)) {
                    next = announcedWhileWaking;
                }
                arm(next); // the database's next moment replaces whatever was planned
            }
        } finally {
            waking.unlock();
        }
    }

    private void raiseAllDue() {
        try {
            int handled;
            do {
                handled = alarms.raiseDue(BATCH);
            } while (handled == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Raising due SLA alerts failed; the next wake-up tries again", e);
        }
    }

    /** Exact wake-ups from the scheduler (the safety sweep stays an EJB timer). */
    private void wakeAtMoment() {
        wake(null);
    }

    private synchronized void arm(Instant at) {
        if (exact != null) {
            exact.cancel(false);
        }
        // rounded up: a wake-up a fraction of a millisecond early would find nothing due yet. A managed scheduler,
        // not an EJB timer: Payara delivers an EJB timer no sooner than its minimum delivery interval (1 s by
        // default), which made every re-armed wake-up about a second late (measured by bench/sla-run.sh).
        long delay = Math.max(0, Duration.between(clock.instant(), at).toNanos() / 1_000_000 + 1);
        exact = scheduler.schedule(this::wakeAtMoment, delay, TimeUnit.MILLISECONDS);
        armedFor = at;
        wakeUps.armed(at);
    }
}
