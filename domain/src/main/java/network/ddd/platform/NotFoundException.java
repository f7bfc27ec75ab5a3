package network.ddd.platform;

/** Something asked for by id does not exist (HTTP 404 at the edge). */
public abstract class NotFoundException extends DomainException {
    protected NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
