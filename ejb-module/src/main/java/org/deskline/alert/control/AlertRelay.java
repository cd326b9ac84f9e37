package org.deskline.alert.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.deskline.alert.entity.Alert;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers committed alerts from the outbox to the broker: at once after each commit, and by a sweep every
 * DESK_OUTBOX_SWEEP_SECONDS for whatever a crash or a broker outage left pending. The sweep is a
 * non-persistent timer on purpose: the work it does is read from the database, so nothing depends on a
 * timer surviving a restart.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "EmbeddedBroker"})
@Lock(LockType.WRITE)
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
public class AlertRelay {

    private static final Logger LOG = Logger.getLogger(AlertRelay.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    AlertPublisher publisher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.outbox.sweep.seconds", defaultValue = "5")
    long sweepSeconds;

    @PostConstruct
    void scheduleSweep() {
        long period = TimeUnit.SECONDS.toMillis(sweepSeconds);
        timers.createIntervalTimer(period, period, new TimerConfig("alert-outbox-sweep", false));
    }

    @Asynchronous
    public void relaySoon() {
        relayPending();
    }

    @Timeout
    void sweep() {
        relayPending();
    }

    /** Sends pending alerts in the order they occurred; returns how many the broker accepted. */
    public int relayPending() {
        List<Alert> pending = em.createNamedQuery(Alert.PENDING, Alert.class).setMaxResults(BATCH).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        int[] sent = {0};
        try {
            publisher.send(pending, alert -> {
                alert.deliveryAttempted();
                alert.sent(clock.instant());
                sent[0]++;
            });
        } catch (JMSException | RuntimeException e) {
            LOG.warning(() -> "Alert relay: broker unavailable, " + (pending.size() - sent[0])
                    + " alerts stay pending for the next sweep: " + e);
        }
        return sent[0];
    }
}
