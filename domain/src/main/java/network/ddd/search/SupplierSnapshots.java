package network.ddd.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import network.ddd.directory.SupplierRepository;

/** Reads suppliers page by page, each page in its own short transaction, for a full reindex. */
@ApplicationScoped
public class SupplierSnapshots {
    @Inject
    SupplierRepository suppliers;

    @Transactional
    public List<IndexedSupplier> pageAfter(long afterId, int max) {
        List<Long> ids = suppliers.idsAfter(afterId, max);
        return suppliers.findAll(ids).stream().map(IndexedSupplier::of)
                .sorted(java.util.Comparator.comparingLong(IndexedSupplier::id)).toList();
    }

    @Transactional
    public long count() {
        return suppliers.count();
    }
}
