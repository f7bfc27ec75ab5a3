package network.ddd.audit;

import java.time.Instant;

/** A read-only view of one audit event, for the operator's log page and API. */
public record AuditEntry(Long id, Instant occurredAt, String actorSubject, AuditAction action, String subjectType,
                         String subjectId, String details) {
}
