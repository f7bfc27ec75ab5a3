package network.ddd.directory;

import network.ddd.platform.ConflictException;

/** Someone saved the profile since the editor loaded it: reload, re-apply, save again. Args: id, expected, stored. */
public class SupplierChangedException extends ConflictException {
    public SupplierChangedException(Long id, long expectedVersion, long storedVersion) {
        super("error.supplier.changedMeanwhile", String.valueOf(id), expectedVersion, storedVersion);
    }
}
