package network.ddd.access;

import network.ddd.platform.DomainException;

/** The caller is signed in but no rule allows this action on this resource (HTTP 403 at the edge). */
public class AccessDeniedException extends DomainException {
    private final Action action;
    private final ResourceKind kind;

    public AccessDeniedException(Action action, ResourceKind kind) {
        this("error.access.denied", action, kind);
    }

    protected AccessDeniedException(String messageKey, Action action, ResourceKind kind) {
        super(messageKey);
        this.action = action;
        this.kind = kind;
    }

    public Action action() {
        return action;
    }

    public ResourceKind kind() {
        return kind;
    }
}
