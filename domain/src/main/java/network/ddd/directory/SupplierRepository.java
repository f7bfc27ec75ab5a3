package network.ddd.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where suppliers are kept. Storing a supplier also queues it for the search index, in the same transaction. */
public interface SupplierRepository {
    Optional<Supplier> find(long id);

    /** Suppliers of one source with the given source ids, keyed by source id. */
    Map<String, Supplier> findBySource(String source, Collection<String> sourceIds);

    List<Supplier> findAll(Collection<Long> ids);

    /** Suppliers with this business registration number (usually none or one; the register may repeat a firm). */
    List<Supplier> findByBrn(BusinessRegistrationNumber brn);

    /** Persists a new or changed supplier and writes its search outbox row in the same transaction. */
    void store(Supplier supplier);

    /** Ids in ascending order after {@code afterId}, at most {@code max}: for reindexing in pages. */
    List<Long> idsAfter(long afterId, int max);

    long count();
}
