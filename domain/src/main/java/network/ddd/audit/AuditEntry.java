package network.ddd.audit;

import java.time.Instant;

/**
 * A read-only view of one audit event, for the operator's log page and API. {@code actorName}: the actor as they
 * were called at the time ("김지수 · designer@demo.example"), for people reading the log; the subject identifies.
 */
public record AuditEntry(Long id, Instant occurredAt, String actorSubject, AuditAction action, String subjectType,
                         String subjectId, String details, String actorName) {
}
