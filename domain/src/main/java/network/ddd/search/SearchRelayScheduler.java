package network.ddd.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the outbox relay on a fixed delay in this instance. Every instance runs one; row locking in the relay
 * makes them share the work.
 */
@ApplicationScoped
public class SearchRelayScheduler {
    private static final Logger LOG = Logger.getLogger(SearchRelayScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SearchOutboxRelay relay;

    @Inject
    @ConfigProperty(name = "ddd.search.relay.interval-ms", defaultValue = "200")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "ddd.search.relay.batch", defaultValue = "500")
    int batchSize;

    @Inject
    SearchReindexer reindexer;

    private ScheduledFuture<?> task;
    private ScheduledFuture<?> upgrade;

    public synchronized void start() {
        if (task == null) {
            task = executor.scheduleWithFixedDelay(this::drain, 0, intervalMillis, TimeUnit.MILLISECONDS);
            upgrade = executor.scheduleWithFixedDelay(this::rebuildIfOutdated, 2, 60, TimeUnit.SECONDS);
            LOG.info(() -> "Search outbox relay started, every " + intervalMillis + " ms, batches of " + batchSize);
        }
    }

    /** After an upgrade that changed the index mapping, one instance rebuilds the index in the background. */
    private void rebuildIfOutdated() {
        try {
            reindexer.rebuildIfOutdated();
        } catch (SearchUnavailableException | SearchReindexer.AlreadyRunningException e) {
            LOG.fine(() -> "index version check skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index rebuild failed; retrying in a minute", e);
        }
    }

    private volatile boolean failing;

    private void drain() {
        try {
            while (relay.relayBatch(batchSize) == batchSize) {
                // a full batch: more may be due right away
            }
            if (failing) {
                failing = false;
                LOG.info("Search outbox relay works again");
            }
        } catch (RuntimeException e) {
            if (!failing) { // once per outage, not every tick: a database outage must not flood the log
                failing = true;
                LOG.log(Level.WARNING, "Search outbox relay failed; retrying every tick until it works", e);
            } else {
                LOG.fine(() -> "Search outbox relay still failing: " + e);
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            upgrade.cancel(false);
            task = null;
        }
    }
}
