package network.ddd.access;

import network.ddd.identity.Actor;

/**
 * Event: a signed-in user was refused. Fired by {@link AccessPolicy#check}; the audit trail records it in its own
 * transaction, since the refused request's transaction rolls back. Refusals of anonymous callers are not fired
 * (every crawler would fill the trail).
 */
public record AccessDenied(Actor actor, Action action, Resource resource) {
}
