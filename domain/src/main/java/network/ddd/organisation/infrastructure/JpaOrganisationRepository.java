package network.ddd.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.ddd.access.MembershipDirectory;
import network.ddd.access.Memberships;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.ProfileOwnership;
import network.ddd.identity.OrgRole;
import network.ddd.organisation.Organisation;
import network.ddd.organisation.OrganisationRepository;
import network.ddd.organisation.VerificationStatus;

/**
 * JPA implementation of the organisation repository, and of the two ports other components ask organisations:
 * the access policy's memberships and the directory's profile ownership.
 */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository, MembershipDirectory, ProfileOwnership {
    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findBySupplier(long supplierId) {
        return em.createNamedQuery(Organisation.BY_SUPPLIER, Organisation.class)
                .setParameter("supplierId", supplierId).getResultStream().findFirst();
    }

    @Override
    public Optional<Organisation> findByBrn(BusinessRegistrationNumber brn) {
        return em.createNamedQuery(Organisation.BY_BRN, Organisation.class)
                .setParameter("brn", brn.digits()).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> ofMember(String subject) {
        return em.createNamedQuery(Organisation.OF_MEMBER, Organisation.class)
                .setParameter("subject", subject).getResultList();
    }

    @Override
    public List<Organisation> withStatus(VerificationStatus status, int max) {
        return em.createNamedQuery(Organisation.WITH_STATUS, Organisation.class)
                .setParameter("status", status).setMaxResults(max).getResultList();
    }

    @Override
    public void store(Organisation organisation) {
        if (organisation.id() == null) {
            em.persist(organisation);
        }
        em.flush(); // assigns the id, and turns a broken unique constraint into an error here, not at commit
    }

    @Override
    public Memberships of(String subject) {
        Map<Long, OrgRole> roles = new HashMap<>();
        em.createNamedQuery(Organisation.ROLES_OF, Object[].class).setParameter("subject", subject)
                .getResultStream().forEach(row -> roles.put((Long) row[0], (OrgRole) row[1]));
        return new Memberships(roles);
    }

    @Override
    public Optional<Long> owningOrganisationOf(long supplierId) {
        return findBySupplier(supplierId).map(Organisation::id);
    }
}
