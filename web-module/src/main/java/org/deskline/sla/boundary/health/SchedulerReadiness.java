package org.deskline.sla.boundary.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.deskline.sla.boundary.SlaAlarms;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Issue 22, readiness: the SLA scheduler keeps time. The nearest warning or breach still owed is due no more than
 * {@code DESK_HEALTH_SCHEDULER_MAX_LAG_SECONDS} (default 60) ago; more means the wake-ups lag (S6 alerts late).
 */
@Readiness
@ApplicationScoped
public class SchedulerReadiness implements HealthCheck {

    @EJB
    SlaAlarms alarms;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "desk.health.scheduler.max.lag.seconds", defaultValue = "60")
    long maxLagSeconds;

    @Override
    public HealthCheckResponse call() {
        Instant next = alarms.nextAlertAt().orElse(null);
        long lag = next == null ? 0 : Math.max(0, Duration.between(next, clock.instant()).toSeconds());
        return HealthCheckResponse.named("sla-scheduler").status(lag <= maxLagSeconds).withData("lagSeconds", lag)
                .withData("maxLagSeconds", maxLagSeconds).build();
    }
}
