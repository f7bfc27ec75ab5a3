package network.ddd.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditEntry;
import network.ddd.audit.AuditEvent;
import network.ddd.audit.AuditPage;
import network.ddd.audit.AuditTrail;
import network.ddd.identity.Actor;

/** JPA implementation of the audit trail. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {
    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, AuditAction action, String subjectType, Object subjectId, String details) {
        em.persist(event(actor, action, subjectType, subjectId, details));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordApart(Actor actor, AuditAction action, String subjectType, Object subjectId, String details) {
        em.persist(event(actor, action, subjectType, subjectId, details));
    }

    private AuditEvent event(Actor actor, AuditAction action, String subjectType, Object subjectId, String details) {
        return new AuditEvent(clock.instant(), actor.subject(), nameOf(actor), action, subjectType,
                subjectId == null ? null : subjectId.toString(), details);
    }

    /** "김지수 · designer@demo.example", or what of it is known; {@code null} for nobody. */
    static String nameOf(Actor actor) {
        if (!actor.isSignedIn()) {
            return null;
        }
        String name = actor.displayName();
        String email = actor.email();
        if (email == null || email.equals(name)) {
            return name;
        }
        return name == null ? email : name + " · " + email;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage latest(int page, int size) {
        int p = Math.max(page, 1);
        int s = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        List<AuditEntry> entries = em.createNamedQuery(AuditEvent.LATEST, AuditEvent.class)
                .setFirstResult((p - 1) * s)
                .setMaxResults(s)
                .getResultStream()
                .map(AuditEvent::view)
                .toList();
        long total = em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
        return new AuditPage(entries, p, s, total);
    }
}
