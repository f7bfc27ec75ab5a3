package network.ddd.platform;

import java.util.Arrays;

/**
 * Base of every business rule violation. It carries a message key and arguments, never a display text: the
 * edge (API, pages, import report) renders it from the ko/en bundles in the user's language.
 */
public abstract class DomainException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
