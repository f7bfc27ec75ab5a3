package network.ddd.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import network.ddd.platform.Startup;

/**
 * The application's PostgreSQL datasource. URL, user and password come from MicroProfile Config (environment
 * variables DDD_DB_URL, DDD_DB_USER, DDD_DB_PASSWORD), with defaults in microprofile-config.properties that
 * serve the embedded server started by {@code ./ddd up}. Nothing secret is in the artifact.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/ddd",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=ddd.db.url}",
        user = "${MPCONFIG=ddd.db.user}",
        password = "${MPCONFIG=ddd.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"ApplicationName=ddd", "connectTimeout=3", "socketTimeout=60"})
@WebListener // a web component, so the server reads the definition at deployment, before any bean starts
public class DataSourceConfig implements ServletContextListener {
    @Inject
    Startup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.run();
    }
}
