package network.ddd.directory;

import java.time.Instant;

/** A read-only view of one supplier for profile pages and the API: no entity leaves the domain. */
public record SupplierDetails(long id, long version, SourceRef origin, SupplierProfile profile, boolean verified,
                              Instant createdAt, Instant updatedAt) {
    static SupplierDetails of(Supplier s) {
        return new SupplierDetails(s.id(), s.version(), s.origin(), s.profile(), s.verified(), s.createdAt(),
                s.updatedAt());
    }
}
