package network.ddd.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import network.ddd.platform.DomainException;

/**
 * Use case: rebuild the search index from PostgreSQL (the source of truth) without search downtime. One instance
 * of the cluster at a time (a lease in the database); live changes keep flowing into the new index while it
 * fills, and readers switch to it in one atomic step at the end.
 */
@ApplicationScoped
public class SearchReindexer {
    static final String JOB = "reindex";
    static final int PAGE = 1000;
    private static final Logger LOG = Logger.getLogger(SearchReindexer.class.getName());
    /** This JVM; each rebuild adds its own id, so a second request to the same instance is refused too. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    /** Progress of a rebuild: documents written so far out of the total. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** What a finished rebuild did. */
    public record Report(long documents, long millis) {
    }

    /** Another instance (or request) is already rebuilding. */
    public static class AlreadyRunningException extends DomainException {
        public AlreadyRunningException() {
            super("error.reindex.running");
        }
    }

    @Inject
    JobLease lease;

    @Inject
    SupplierSnapshots snapshots;

    @Inject
    SupplierIndex index;

    public Report reindex(Progress progress) {
        String owner = INSTANCE + "/" + UUID.randomUUID();
        if (!lease.acquire(JOB, owner)) {
            throw new AlreadyRunningException();
        }
        long started = System.nanoTime();
        SupplierIndex.Reindexing rebuild = null;
        try {
            rebuild = index.startReindex();
            long total = snapshots.count();
            long done = 0;
            long after = 0;
            List<IndexedSupplier> page;
            while (!(page = snapshots.pageAfter(after, PAGE)).isEmpty()) {
                rebuild.add(page);
                done += page.size();
                after = page.get(page.size() - 1).id();
                progress.update(done, Math.max(total, done));
                lease.renew(JOB, owner);
            }
            rebuild.publish();
            long millis = (System.nanoTime() - started) / 1_000_000;
            long indexed = done;
            LOG.info(() -> "Search index rebuilt: " + indexed + " suppliers in " + millis + " ms");
            return new Report(done, millis);
        } catch (RuntimeException e) {
            if (rebuild != null) {
                rebuild.abandon();
            }
            throw e;
        } finally {
            lease.release(JOB, owner);
        }
    }

    /** Rebuilds when the live index was made by an older mapping; false when nothing had to be done. */
    public boolean rebuildIfOutdated() {
        if (!index.needsRebuild()) {
            return false;
        }
        LOG.info("The search index was built by an older version: rebuilding it");
        reindex(Progress.NONE);
        return true;
    }
}
