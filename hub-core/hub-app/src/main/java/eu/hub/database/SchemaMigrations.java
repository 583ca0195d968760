package eu.hub.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway at start-up. The same migrations (under {@code
 * db/migration}) run on H2 and PostgreSQL.
 */
@ApplicationScoped
public class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = "java:app/jdbc/hub")
  DataSource dataSource;

  /** Applies pending migrations and returns the schema version now in force. */
  public String migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    MigrateResult result = flyway.migrate();
    String version =
        flyway.info().current() == null
            ? "none"
            : flyway.info().current().getVersion().getVersion();
    if (result.migrationsExecuted > 0) {
      LOG.info(
          "Database schema migrated to version "
              + version
              + " ("
              + result.migrationsExecuted
              + " migrations)");
    }
    return version;
  }
}
