package network.ddd.platform;

/**
 * A value the user typed or uploaded breaks a rule (HTTP 400 at the edge); {@link #field()} names the form field
 * or request property, so a page can show the message next to it.
 */
public abstract class InvalidInputException extends DomainException {
    private final String field;

    protected InvalidInputException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
