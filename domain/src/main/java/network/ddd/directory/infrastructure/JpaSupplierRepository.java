package network.ddd.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierRepository;
import network.ddd.search.SearchOutbox;

/** JPA implementation; joins the caller's transaction (callers are {@code @Transactional} services). */
@ApplicationScoped
public class JpaSupplierRepository implements SupplierRepository {
    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    @Override
    public Optional<Supplier> find(long id) {
        return Optional.ofNullable(em.find(Supplier.class, id));
    }

    @Override
    public Map<String, Supplier> findBySource(String source, Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Supplier s where s.source = :source and s.sourceId in :ids",
                        Supplier.class)
                .setParameter("source", source)
                .setParameter("ids", sourceIds)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.origin().sourceId(), Function.identity()));
    }

    @Override
    public List<Supplier> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Supplier.BY_IDS, Supplier.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Supplier> findByBrn(BusinessRegistrationNumber brn) {
        return em.createNamedQuery(Supplier.BY_BRN, Supplier.class).setParameter("brn", brn.digits()).getResultList();
    }

    @Override
    public void store(Supplier supplier) {
        if (supplier.id() == null) {
            em.persist(supplier);
        }
        em.flush(); // assigns the id and the new version before the outbox row names them
        em.persist(new SearchOutbox(supplier.id()));
    }

    @Override
    public List<Long> idsAfter(long afterId, int max) {
        return em.createNamedQuery(Supplier.ALL_IDS_AFTER, Long.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from Supplier s", Long.class).getSingleResult();
    }
}
