package network.ddd.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version with the versioned migrations in {@code db/migration}. EclipseLink
 * never generates schema. Flyway's own lock makes it safe when several instances start at once.
 */
@ApplicationScoped
public class DatabaseMigrations {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The application's datasource, produced by the web module (configuration from the environment). */
    @Inject
    DataSource dataSource;

    public void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }
}
