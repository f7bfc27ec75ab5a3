package network.ddd.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.identity.Actor;

/** Use cases of the audit trail: the operator reads it; a sign-in is recorded. */
@ApplicationScoped
public class AuditLog {
    @Inject
    AuditTrail trail;

    @Inject
    AccessPolicy access;

    /** The latest events, for the operator only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage latest(Actor actor, int page, int size) {
        access.check(actor, Action.LIST, Resource.auditLog());
        return trail.latest(page, size);
    }

    /** Called by the web layer once per new session (not per request). */
    public void signedIn(Actor actor, String details) {
        if (actor.isSignedIn()) {
            trail.recordApart(actor, AuditAction.SIGN_IN, "USER", actor.subject(), details);
        }
    }
}
