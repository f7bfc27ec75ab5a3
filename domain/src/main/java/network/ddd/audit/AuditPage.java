package network.ddd.audit;

import java.util.List;

/** One page of the audit trail, latest first; {@code page} counts from 1. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
