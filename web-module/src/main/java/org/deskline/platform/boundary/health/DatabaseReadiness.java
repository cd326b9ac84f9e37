package org.deskline.platform.boundary.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.deskline.platform.control.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Issue 22, readiness: the database answers (a pooled connection is valid within 2 s) and this start's Flyway
 * migration has run (the schema version it reached). DOWN says which.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @EJB
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        String version = migration.version();
        var response = HealthCheckResponse.named("database").withData("schema", version == null ? "" : version);
        if (version == null) {
            return response.down().withData("error", "the schema migration has not run").build();
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? response.up().build()
                    : response.down().withData("error", "no valid connection within 2 s").build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
