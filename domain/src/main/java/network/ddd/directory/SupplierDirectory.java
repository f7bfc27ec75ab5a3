package network.ddd.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.directory.infrastructure.DatabaseSupplierSearch;
import network.ddd.identity.Actor;
import network.ddd.search.SearchPage;
import network.ddd.search.SearchUnavailableException;
import network.ddd.search.Suggestion;
import network.ddd.search.SupplierQuery;
import network.ddd.search.SupplierSearch;

/**
 * Use cases of the public directory: look a supplier up, search, autocomplete. When the search server is down the
 * search falls back to the database ({@link SearchPage#degraded()}), so the directory keeps answering.
 */
@ApplicationScoped
public class SupplierDirectory {
    private static final Logger LOG = Logger.getLogger(SupplierDirectory.class.getName());

    @Inject
    SupplierRepository suppliers;

    @Inject
    SupplierSearch search;

    @Inject
    DatabaseSupplierSearch databaseSearch;

    @Inject
    AccessPolicy access;

    @Inject
    ProfileOwnership ownership;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierDetails find(long id) {
        return suppliers.find(id).map(SupplierDetails::of).orElseThrow(() -> new SupplierNotFoundException(id));
    }

    /**
     * How to reach the supplier: for signed-in members only ({@code SUPPLIER_PROFILE_VIEW_CONTACT}).
     *
     * @throws network.ddd.access.NotSignedInException nobody signed in
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Contact contact(Actor actor, long id) {
        Supplier supplier = suppliers.find(id).orElseThrow(() -> new SupplierNotFoundException(id));
        access.check(actor, Action.VIEW_CONTACT,
                Resource.supplierProfile(id, ownership.owningOrganisationOf(id).orElse(null)));
        return supplier.contact();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SearchPage search(SupplierQuery query) {
        try {
            return search.search(query);
        } catch (SearchUnavailableException e) {
            LOG.warning(() -> "Search server unavailable, answering from the database: " + e.getMessage());
            return databaseSearch.search(query);
        }
    }

    /** Autocomplete; an empty list while the search server is down (the box then simply suggests nothing). */
    public List<Suggestion> suggest(String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        try {
            return search.suggest(typed.strip(), Math.min(Math.max(max, 1), 20));
        } catch (SearchUnavailableException e) {
            return List.of();
        }
    }
}
