package eu.hub.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source of the Hub. Payara resolves the {@code ${MPCONFIG=...}} references from
 * system properties or environment variables when the application deploys; the {@code hub} launcher
 * and the test set-up provide them (driver, URL, user, password).
 */
@DataSourceDefinition(
    name = "java:app/jdbc/hub",
    className = "${MPCONFIG=hub.db.driver}",
    url = "${MPCONFIG=hub.db.url}",
    user = "${MPCONFIG=hub.db.user}",
    password = "${MPCONFIG=hub.db.password}",
    minPoolSize = 1,
    maxPoolSize = 20)
@ApplicationScoped
public class HubDataSource {}
