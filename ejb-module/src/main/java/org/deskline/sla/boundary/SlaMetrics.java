package org.deskline.sla.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Issue 22, the SLA scheduler on {@code /metrics} (S6): how late each warning and breach was raised after the
 * moment it was owed ({@value #DELAY}, a histogram by kind), and how far behind the scheduler is now ({@value #LAG}: the
 * nearest moment still owed, if passed; read at most once a second). The alerts themselves are counted by type in
 * {@code deskline.alerts.recorded} (SLA_WARNING, SLA_BREACHED).
 */
@ApplicationScoped
public class SlaMetrics {

    public static final String DELAY = "deskline.sla.alert.delay.milliseconds";
    public static final String LAG = "deskline.sla.scheduler.lag.seconds";

    private static final Metadata DELAY_META = Metadata.builder().withName(DELAY)
            .withDescription("From the moment an SLA warning or breach was owed to the moment it was raised, in ms")
            .build();
    private static final Duration FRESH = Duration.ofSeconds(1);

    @Inject
    MetricRegistry registry;

    @Inject
    SlaAlarms alarms;

    @Inject
    Clock clock;

    private volatile Instant readAt = Instant.EPOCH;
    private volatile long lag;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName(LAG).withDescription(
                "Seconds since the nearest SLA warning or breach still owed fell due (0: none overdue)").build(),
                this, SlaMetrics::lagSeconds);
    }

    /** A warning or breach owed at {@code owed} raised at {@code now}. */
    void raised(boolean breach, Instant owed, Instant now) {
        registry.histogram(DELAY_META, new Tag("kind", breach ? "breach" : "warning"))
                .update(Math.max(0, Duration.between(owed, now).toMillis()));
    }

    private long lagSeconds() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(FRESH) > 0) {
            Instant next = alarms.nextAlertAt().orElse(null);
            lag = next == null ? 0 : Math.max(0, Duration.between(next, now).toSeconds());
            readAt = now;
        }
        return lag;
    }
}
