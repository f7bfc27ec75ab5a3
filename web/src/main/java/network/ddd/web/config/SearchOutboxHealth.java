package network.ddd.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import network.ddd.search.SearchOutboxRelay;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports the search backlog (outbox rows not yet in the index). Informational: the application keeps taking
 * writes while the search server is down, so a backlog never makes the instance unhealthy.
 */
@Liveness
@ApplicationScoped
public class SearchOutboxHealth implements HealthCheck {
    @Inject
    SearchOutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("search-outbox").up().withData("backlog", relay.backlog()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search-outbox").up().withData("backlog", "unknown").build();
        }
    }
}
