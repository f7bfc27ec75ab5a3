package network.ddd.search;

import network.ddd.platform.DomainException;

/** A search parameter is out of range or malformed. */
public class InvalidQueryException extends DomainException {
    private final String parameter;

    public InvalidQueryException(String parameter, String messageKey, Object... args) {
        super(messageKey, args);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
