package network.ddd.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: at an instant, an actor did an action to a subject (type + id), with details.
 *
 * <p>Append-only: nothing changes an event once written, so it has no version column (the one exception to
 * "{@code @Version} on every root" — there is no concurrent update to detect). Its identity is its id: two
 * identical lines are still two events.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.LATEST, query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.COUNT, query = "select count(e) from AuditEvent e")
public class AuditEvent {
    public static final String LATEST = "AuditEvent.latest";
    public static final String COUNT = "AuditEvent.count";
    public static final int MAX_DETAILS = 2000;
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    /** {@code null} for anonymous callers and the system itself. */
    @Column(name = "actor_subject", updatable = false)
    private String actorSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(name = "details", updatable = false)
    private String details;

    /** The actor's name and e-mail at the time; {@code null} for anonymous callers, the system and older events. */
    @Column(name = "actor_name", updatable = false)
    private String actorName;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, String actorSubject, String actorName, AuditAction action,
                      String subjectType, String subjectId, String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actorSubject = actorSubject;
        this.actorName = actorName == null || actorName.length() <= MAX_NAME ? actorName
                : actorName.substring(0, MAX_NAME - 1) + "…";
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = subjectId;
        this.details = details == null || details.length() <= MAX_DETAILS ? details
                : details.substring(0, MAX_DETAILS - 1) + "…";
    }

    public AuditEntry view() {
        return new AuditEntry(id, occurredAt, actorSubject, action, subjectType, subjectId, details, actorName);
    }

    public Long id() {
        return id;
    }
}
