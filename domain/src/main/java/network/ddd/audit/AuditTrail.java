package network.ddd.audit;

import network.ddd.identity.Actor;

/**
 * Where audit events are written and read. {@link #record} joins the caller's transaction, so an event exists
 * exactly when the change it describes was committed; {@link #recordApart} commits on its own, for events whose
 * request fails (a refusal) or changes nothing else (a sign-in).
 */
public interface AuditTrail {
    int MAX_PAGE_SIZE = 200;

    /** Records in the caller's transaction (which must exist). */
    void record(Actor actor, AuditAction action, String subjectType, Object subjectId, String details);

    /** Records in a transaction of its own, committed whatever happens to the caller's. */
    void recordApart(Actor actor, AuditAction action, String subjectType, Object subjectId, String details);

    /** Latest first; {@code page} from 1, {@code size} from 1 to {@link #MAX_PAGE_SIZE}. */
    AuditPage latest(int page, int size);
}
