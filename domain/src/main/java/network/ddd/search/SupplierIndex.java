package network.ddd.search;

import java.util.Collection;
import java.util.List;

/** Port: the search index's write side. Implementations must be idempotent by version. */
public interface SupplierIndex {
    /**
     * Writes the documents and removes the deleted ids in one bulk request; a document older than the indexed one
     * is ignored, not an error.
     *
     * @throws SearchUnavailableException when the search server is down or refused part of the bulk
     */
    void apply(List<IndexedSupplier> upserts, Collection<Long> deletedIds);

    /** Builds a fresh index from the given pages and switches readers to it at the end; see {@link Reindexing}. */
    Reindexing startReindex();

    /** A full rebuild in progress: fill it page by page, then publish. */
    interface Reindexing {
        void add(List<IndexedSupplier> page);

        /** Switches the read alias to the new index atomically and drops the old one. */
        void publish();
    }
}
