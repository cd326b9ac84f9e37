package org.deskline.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the server runs on, read once from the driver: PostgreSQL (production) or H2 (the embedded
 * default). Only what a database does better on its own asks (the schema's vendor migrations, K1's full-text index).
 */
@ApplicationScoped
public class DatabaseKind {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    private boolean postgres;

    @PostConstruct
    void read() {
        postgres = isPostgres(dataSource);
    }

    public boolean postgres() {
        return postgres;
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
