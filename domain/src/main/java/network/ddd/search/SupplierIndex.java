package network.ddd.search;

import java.util.Collection;
import java.util.List;

/** Port: the search index's write side. Implementations must be idempotent by version. */
public interface SupplierIndex {
    /**
     * Writes the documents and removes the deleted ids in one bulk request (also into an index being rebuilt); a
     * document older than the indexed one is ignored, not an error.
     *
     * @throws SearchUnavailableException when the search server is down or refused part of the bulk
     */
    void apply(List<IndexedSupplier> upserts, Collection<Long> deletedIds);

    /** Whether the live index was built by an older mapping or analysis and must be rebuilt. */
    boolean needsRebuild();

    /** Starts a full rebuild into a fresh index; live writes go to both until {@link Reindexing#publish()}. */
    Reindexing startReindex();

    /** A full rebuild in progress: fill it page by page, then publish (or abandon). */
    interface Reindexing {
        void add(List<IndexedSupplier> page);

        /** Switches readers to the new index atomically and drops the old one. */
        void publish();

        /** Drops the half-built index; readers never saw it. */
        void abandon();
    }
}
