package network.ddd.directory;

import network.ddd.platform.NotFoundException;

public class SupplierNotFoundException extends NotFoundException {
    public SupplierNotFoundException(Object id) {
        super("error.supplier.notFound", String.valueOf(id));
    }
}
