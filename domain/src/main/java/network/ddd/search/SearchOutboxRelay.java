package network.ddd.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierRepository;

/**
 * Carries committed supplier changes from the outbox table to the search index.
 *
 * <p>One call claims a batch of due rows with {@code FOR UPDATE SKIP LOCKED} (so two app instances never claim
 * the same rows), reads the suppliers' current state, sends one bulk request, and deletes the rows in the same
 * transaction. If the search server is down the rows stay, with their attempt count raised and the next attempt
 * pushed back exponentially (capped), and the backlog drains when it returns.
 */
@ApplicationScoped
public class SearchOutboxRelay {
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(SearchOutboxRelay.class.getName());

    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    @Inject
    SupplierRepository suppliers;

    @Inject
    SupplierIndex index;

    @Inject
    Clock clock;

    /** Relays one batch; returns how many outbox rows were delivered (0 when none were due or delivery failed). */
    @Transactional
    public int relayBatch(int maxRows) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, supplier_id, attempts from search_outbox
                        where next_attempt_at <= ?1 order by id limit ?2 for update skip locked""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, maxRows)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> rowIds = new ArrayList<>(rows.size());
        Set<Long> supplierIds = new LinkedHashSet<>();
        int attempts = 0;
        for (Object[] row : rows) {
            rowIds.add(((Number) row[0]).longValue());
            supplierIds.add(((Number) row[1]).longValue());
            attempts = Math.max(attempts, ((Number) row[2]).intValue());
        }
        List<IndexedSupplier> upserts = new ArrayList<>(supplierIds.size());
        Set<Long> deleted = new HashSet<>(supplierIds);
        for (Supplier supplier : suppliers.findAll(supplierIds)) {
            upserts.add(IndexedSupplier.of(supplier));
            deleted.remove(supplier.id());
        }
        try {
            index.apply(upserts, deleted);
        } catch (SearchUnavailableException e) {
            Instant next = now.plus(backoff(attempts + 1));
            em.createNativeQuery("""
                            update search_outbox set attempts = attempts + 1, next_attempt_at = ?1, last_error = ?2
                            where id = any(?3)""")
                    .setParameter(1, Timestamp.from(next))
                    .setParameter(2, String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause()))
                    .setParameter(3, rowIds.toArray(Long[]::new))
                    .executeUpdate();
            LOG.log(Level.WARNING, "Search index unavailable; {0} outbox rows wait until {1}: {2}",
                    new Object[] {rowIds.size(), next, e.getCause()});
            return 0;
        }
        em.createNativeQuery("delete from search_outbox where id = any(?1)")
                .setParameter(1, rowIds.toArray(Long[]::new))
                .executeUpdate();
        return rowIds.size();
    }

    /** Rows waiting for delivery (due or backing off): the backlog the health check reports. */
    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from search_outbox").getSingleResult()).longValue();
    }

    static Duration backoff(int attempts) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }
}
