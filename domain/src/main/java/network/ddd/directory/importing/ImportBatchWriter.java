package network.ddd.directory.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierRepository;

/** Writes one batch of accepted rows in its own transaction: committed batches survive a later crash. */
@ApplicationScoped
public class ImportBatchWriter {
    /** Counts of one batch. */
    public record Counts(int created, int updated, int unchanged, int kept) {
    }

    @Inject
    SupplierRepository suppliers;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Counts write(List<RowOutcome.Accepted> rows) {
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        Map<String, List<RowOutcome.Accepted>> bySource = rows.stream()
                .collect(Collectors.groupingBy(r -> r.origin().source()));
        for (var entry : bySource.entrySet()) {
            Map<String, Supplier> known = new HashMap<>(suppliers.findBySource(entry.getKey(),
                    entry.getValue().stream().map(r -> r.origin().sourceId()).collect(Collectors.toSet())));
            for (RowOutcome.Accepted row : entry.getValue()) {
                Supplier existing = known.get(row.origin().sourceId());
                if (existing == null) {
                    Supplier supplier = new Supplier(row.origin(), row.profile(), now);
                    suppliers.store(supplier);
                    known.put(row.origin().sourceId(), supplier);
                    created++;
                } else {
                    switch (existing.reviseFromSource(row.profile(), now)) {
                        case UPDATED -> {
                            suppliers.store(existing);
                            updated++;
                        }
                        case UNCHANGED -> unchanged++;
                        case KEPT -> kept++;
                    }
                }
            }
        }
        return new Counts(created, updated, unchanged, kept);
    }
}
