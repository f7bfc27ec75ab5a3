package network.ddd.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import network.ddd.search.SearchRelayScheduler;

/**
 * Start-up order: migrate the schema, then start background work that uses it. Called by the web module once
 * the server has bound the application's resources (the datasource), which is after CDI's own start-up event.
 */
@ApplicationScoped
public class Startup {
    @Inject
    DatabaseMigrations migrations;

    @Inject
    SearchRelayScheduler relay;

    public void run() {
        migrations.migrate();
        relay.start();
    }
}
