package network.ddd.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import network.ddd.search.SearchPage;
import network.ddd.search.SupplierQuery;
import network.ddd.search.SupplierSearch;

/** Use cases of the public directory: look a supplier up, search the directory. */
@ApplicationScoped
public class SupplierDirectory {
    @Inject
    SupplierRepository suppliers;

    @Inject
    SupplierSearch search;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierDetails find(long id) {
        return suppliers.find(id).map(SupplierDetails::of).orElseThrow(() -> new SupplierNotFoundException(id));
    }

    /** @throws network.ddd.search.SearchUnavailableException when the search server is down */
    public SearchPage search(SupplierQuery query) {
        return search.search(query);
    }
}
