package network.ddd.claim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import network.ddd.claim.Claim;
import network.ddd.claim.ClaimEvidence;
import network.ddd.claim.ClaimRepository;
import network.ddd.claim.ClaimStatus;

/** JPA implementation of the claim repository; joins the caller's transaction. */
@ApplicationScoped
public class JpaClaimRepository implements ClaimRepository {
    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    @Override
    public Optional<Claim> find(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    @Override
    public void store(Claim claim) {
        if (claim.id() == null) {
            em.persist(claim);
        }
        em.flush(); // assigns the id the evidence row refers to; the open-claim index speaks here, not at commit
    }

    @Override
    public void storeEvidence(ClaimEvidence evidence) {
        em.persist(evidence);
    }

    @Override
    public Optional<ClaimEvidence> evidenceOf(long claimId) {
        return em.createNamedQuery(ClaimEvidence.OF_CLAIM, ClaimEvidence.class).setParameter("claimId", claimId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Claim> openClaim(long supplierId, long organisationId) {
        return em.createNamedQuery(Claim.OPEN_FOR, Claim.class).setParameter("supplierId", supplierId)
                .setParameter("organisationId", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<Claim> withStatus(ClaimStatus status, int page, int size) {
        return em.createNamedQuery(Claim.WITH_STATUS, Claim.class).setParameter("status", status)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
    }

    @Override
    public long countWithStatus(ClaimStatus status) {
        return em.createNamedQuery(Claim.COUNT_WITH_STATUS, Long.class).setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public List<Claim> ofOrganisations(Collection<Long> organisationIds) {
        return em.createNamedQuery(Claim.OF_ORGANISATIONS, Claim.class).setParameter("ids", organisationIds)
                .setMaxResults(200).getResultList();
    }
}
