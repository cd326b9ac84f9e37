package org.deskline.alert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deskline.alert.entity.AlertType;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Issue 22, the outbox on {@code /metrics}: alerts recorded (by type, counted after their commit: an alert exists
 * only if its change committed) and sent; pending, parked, the age of the oldest pending one and the relays that
 * beat, read from the database at most once a second, however often it is scraped. docs/operations.md names them
 * with the alert rules an operator would set.
 */
@ApplicationScoped
public class AlertMetrics {

    public static final String RECORDED = "deskline.alerts.recorded";
    public static final String SENT = "deskline.alerts.sent";
    public static final String PENDING = "deskline.alerts.pending";
    public static final String PARKED = "deskline.alerts.parked";
    public static final String OLDEST_PENDING = "deskline.alerts.oldest.pending.seconds";
    public static final String RELAYS = "deskline.alert.relays";

    private static final Duration FRESH = Duration.ofSeconds(1);

    @Inject
    MetricRegistry registry;

    @Inject
    OutboxGauge gauge;

    @Inject
    Clock clock;

    private volatile Reading last;

    private record Reading(Instant at, AlertLog.RelayHealth health) {
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(meta(PENDING, "Alerts waiting in the outbox to be sent"), this,
                m -> m.read().pending());
        registry.gauge(meta(PARKED, "Alerts the relay gave up on; an administrator sends them again"), this,
                m -> m.read().parked());
        registry.gauge(meta(OLDEST_PENDING, "How long the oldest pending alert has waited, in seconds"), this,
                m -> m.oldestPendingSeconds());
        registry.gauge(meta(RELAYS, "Servers whose alert relay beats now"), this, m -> m.read().relays());
        registry.counter(meta(SENT, "Alerts the broker accepted"));
    }

    /** After the commit of a transaction that wrote alerts: counted by type. */
    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsWritten.Committed written) {
        for (AlertType type : written.types()) {
            registry.counter(meta(RECORDED, "Alerts written to the outbox (committed), by type"),
                    new Tag("type", type.name())).inc();
        }
    }

    void sent(int count) {
        registry.counter(meta(SENT, "Alerts the broker accepted")).inc(count);
    }

    private long oldestPendingSeconds() {
        Instant oldest = read().oldestPendingAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }

    private AlertLog.RelayHealth read() {
        Reading reading = last;
        Instant now = clock.instant();
        if (reading == null || Duration.between(reading.at(), now).compareTo(FRESH) > 0) {
            reading = new Reading(now, gauge.read());
            last = reading;
        }
        return reading.health();
    }

    private static Metadata meta(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
