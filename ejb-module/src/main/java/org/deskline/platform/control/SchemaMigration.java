package org.deskline.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Owns the database: defines the application's data source from the environment (embedded H2 under ./data
 * by default, PostgreSQL when DESK_DB_* point there) and brings the schema to the newest Flyway migration
 * before anything else touches it. Bean-managed transactions, because Flyway commits on its own.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${ENV=DESK_DB_DATASOURCE:org.h2.jdbcx.JdbcDataSource}",
        url = "${ENV=DESK_DB_URL:jdbc:h2:file:" + DataDirectory.DEFAULT + "/db/deskline;WRITE_DELAY=0}",
        user = "${ENV=DESK_DB_USER:deskline}",
        password = "${ENV=DESK_DB_PASSWORD:deskline}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/deskline";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** The schema version the migration reached at start-up; null until it has run (issue 22: readiness). */
    private volatile String version;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                .load();
        MigrateResult result = flyway.migrate();
        // nothing to apply (a restart, or an instance of the previous release on a newer schema during a rolling
        // upgrade: Flyway leaves migrations it does not know alone): the version the database is at
        MigrationInfo current = result.targetSchemaVersion == null ? flyway.info().current() : null;
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** The schema version this start migrated to (the newest applied); null while the migration has not run. */
    @jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
    public String version() {
        return version;
    }

    /** Every database's migrations, and on PostgreSQL db/vendor/postgresql too (K1's full-text index). */
    private String[] locations() {
        return DatabaseKind.isPostgres(dataSource)
                ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                : new String[] {"classpath:db/migration"};
    }
}
