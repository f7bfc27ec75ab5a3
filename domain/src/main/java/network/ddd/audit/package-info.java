/**
 * The audit trail: who did what to which subject, when — sign-ins, role changes, invitations, claims and their
 * decisions, verification decisions, profile edits and refused access. The operator reads it latest first.
 *
 * <p>Invariants: an event about a change is written in the transaction of that change
 * ({@link network.ddd.audit.AuditTrail#record}), so the trail never claims a change that was rolled back nor
 * misses one that was committed; refusals and sign-ins are written on their own
 * ({@link network.ddd.audit.AuditTrail#recordApart}); events are never changed or deleted by the application.
 *
 * <p>Not for: application logging or metrics, and never for secrets: details hold ids, roles and reasons, not
 * tokens, passwords or document contents.
 */
package network.ddd.audit;
