package network.ddd.platform;

/**
 * The request is well formed but clashes with the current state: an illegal state transition, a duplicate, a
 * stale version (HTTP 409 at the edge). Trying again unchanged gives the same answer.
 */
public abstract class ConflictException extends DomainException {
    protected ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
