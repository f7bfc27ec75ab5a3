package network.ddd.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import network.ddd.organisation.EmailAddress;
import network.ddd.organisation.Invitation;
import network.ddd.organisation.InvitationRepository;

/** JPA implementation of the invitation repository. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {
    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    @Override
    public void store(Invitation invitation) {
        if (invitation.id() == null) {
            em.persist(invitation);
        }
        em.flush();
    }

    @Override
    public Optional<Invitation> findByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class)
                .setParameter("hash", Invitation.hash(token.strip())).getResultStream().findFirst();
    }

    @Override
    public List<Invitation> openFor(EmailAddress email, Instant now) {
        return em.createNamedQuery(Invitation.OPEN_FOR_EMAIL, Invitation.class)
                .setParameter("email", email.value()).setParameter("now", now).getResultList();
    }

    @Override
    public List<Invitation> openOf(long organisationId, Instant now) {
        return em.createNamedQuery(Invitation.OPEN_OF_ORGANISATION, Invitation.class)
                .setParameter("organisationId", organisationId).setParameter("now", now).getResultList();
    }
}
