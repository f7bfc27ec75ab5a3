package network.ddd.search;

/** Port: the search index's read side. */
public interface SupplierSearch {
    /** @throws SearchUnavailableException when the search server is down */
    SearchPage search(SupplierQuery query);
}
