package network.ddd.search;

import java.time.Instant;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierProfile;

/** A supplier as the index receives it: an immutable snapshot at one row version. */
public record IndexedSupplier(long id, long version, SupplierProfile profile, boolean verified, Instant updatedAt) {
    public static IndexedSupplier of(Supplier supplier) {
        return new IndexedSupplier(supplier.id(), supplier.version(), supplier.profile(), supplier.verified(),
                supplier.updatedAt());
    }
}
