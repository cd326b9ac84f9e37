package org.deskline.alert.boundary.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.deskline.alert.control.AlertLog;
import org.deskline.alert.control.OutboxGauge;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Issue 22, readiness: the oldest alert still waiting in the outbox waits no longer than
 * {@code DESK_HEALTH_OUTBOX_MAX_AGE_SECONDS} (default 60): the relay keeps up. Parked alerts (the relay gave up on
 * them; an administrator sends them again) are counted, not a reason to go DOWN.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxGauge gauge;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.health.outbox.max.age.seconds", defaultValue = "60")
    long maxAgeSeconds;

    @Override
    public HealthCheckResponse call() {
        AlertLog.RelayHealth outbox = gauge.read();
        long waited = outbox.oldestPendingAt() == null ? 0
                : Math.max(0, Duration.between(outbox.oldestPendingAt(), clock.instant()).toSeconds());
        return HealthCheckResponse.named("alert-outbox").status(waited <= maxAgeSeconds)
                .withData("pending", outbox.pending()).withData("parked", outbox.parked())
                .withData("relays", outbox.relays())
                .withData("oldestPendingSeconds", waited).withData("maxAgeSeconds", maxAgeSeconds).build();
    }
}
