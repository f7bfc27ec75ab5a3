package network.ddd.directory;

import network.ddd.platform.DomainException;

public class SupplierNotFoundException extends DomainException {
    public SupplierNotFoundException(Object id) {
        super("error.supplier.notFound", String.valueOf(id));
    }
}
