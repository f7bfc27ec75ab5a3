package network.ddd.directory;

import network.ddd.platform.DomainException;

/** A supplier's data breaks a rule; {@link #field()} names the offending field (the CSV column in imports). */
public class InvalidSupplierException extends DomainException {
    private final String field;

    public InvalidSupplierException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
