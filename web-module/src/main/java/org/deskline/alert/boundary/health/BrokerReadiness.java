package org.deskline.alert.boundary.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import org.deskline.alert.control.BrokerSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Issue 22, readiness: the broker alerts go to accepts a connection within {@code DESK_HEALTH_BROKER_TIMEOUT_MS}
 * (default 2000). While it is away tickets are still taken (their alerts wait in the outbox), so this says that
 * alerts are not leaving, for the operator and the balancer to know.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Inject
    BrokerSettings broker;

    @Inject
    @ConfigProperty(name = "desk.health.broker.timeout.ms", defaultValue = "2000")
    long timeoutMillis;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker").withData("embedded", broker.embedded());
        try (Connection c = broker.probe(timeoutMillis).createConnection()) {
            c.start();
            return response.up().build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
