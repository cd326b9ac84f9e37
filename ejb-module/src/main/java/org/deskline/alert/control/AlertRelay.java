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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
@DependsOn({"SchemaMigration", "EmbeddedBroker", "RelayHeartbeat"})
@Lock(LockType.WRITE)
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
// no transaction around a relay run: each claim and record is its own (AlertClaims), visible to other servers
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertRelay {

    private static final Logger LOG = Logger.getLogger(AlertRelay.class.getName());
    private static final int BATCH = 200;
    private static final Duration BROKER_PAUSE = Duration.ofSeconds(2);

    @Inject
    AlertClaims claims;

    @Inject
    RelayHeartbeat heartbeat;

    @Inject
    AlertMetrics metrics;

    private Instant brokerRetryAt = Instant.MIN;

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
        // the first sweep soon after start: what a killed predecessor left pending leaves first thing
        timers.createIntervalTimer(Math.min(period, 1_000), period, new TimerConfig("alert-outbox-sweep", false));
    }

    /** After a commit that wrote alerts: deliver them now, off the committing thread. */
    @Asynchronous
    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsWritten.Committed written) {
        relayPending();
    }

    /** Issue 22: another server's relay died holding claims; they are free now, send them without waiting. */
    @Asynchronous
    public void takeOver(@Observes RelayHeartbeat.RelaysLost lost) {
        relayPending();
    }

    @Timeout
    void sweep() {
        relayPending();
    }

    /**
     * Sends what is pending, per ticket in the order it occurred; returns how many alerts the broker accepted.
     * Claims first (so another server's relay leaves them alone), parks what is malformed, records what was sent;
     * a failed send is retried with backoff, the broker being away counts against no alert.
     */
    public int relayPending() {
        Instant now = clock.instant();
        if (now.isBefore(brokerRetryAt)) {
            return 0;
        }
        List<Alert> batch = claims.claim(heartbeat.relayId(), now, BATCH);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Alert> sendable = new ArrayList<>();
        for (Alert alert : batch) {
            Optional<String> problem = AlertDocument.problem(alert);
            if (problem.isPresent()) {
                LOG.warning(() -> "Alert " + alert.getId() + " parked: " + problem.get());
                claims.park(alert.getId(), problem.get());
            } else {
                sendable.add(alert);
            }
        }
        List<String> sent = new ArrayList<>();
        try {
            publisher.send(sendable, alert -> sent.add(alert.getId()));
        } catch (AlertPublisher.BrokerUnavailable e) {
            brokerRetryAt = now.plus(BROKER_PAUSE);
            LOG.warning(() -> "Alert relay: broker unavailable, " + sendable.size() + " alerts wait: " + e.getMessage());
            claims.release(sendable.stream().map(Alert::getId).toList());
        } catch (JMSException | RuntimeException e) {
            List<String> unsent = sendable.stream().map(Alert::getId).filter(id -> !sent.contains(id)).toList();
            LOG.warning(() -> "Alert relay: sending " + unsent.get(0) + " failed, retried with backoff: " + e);
            claims.failed(unsent.get(0), e.toString(), now);
            claims.release(unsent.subList(1, unsent.size()));
        } finally {
            if (!sent.isEmpty()) {
                claims.sent(sent, clock.instant());
                metrics.sent(sent.size());
            }
        }
        return sent.size();
    }
}
