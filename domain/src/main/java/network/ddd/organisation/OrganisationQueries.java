package network.ddd.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.identity.Actor;

/** Reading organisations: one's own account, an organisation's page, a profile's owner badge. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganisationQueries {
    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessPolicy access;

    /** {@code GET /api/v1/me}: 401 ({@link network.ddd.access.NotSignedInException}) when nobody is signed in. */
    public Me me(Actor actor) {
        access.check(actor, Action.VIEW, Resource.account());
        return new Me(actor.subject(), actor.displayName(), actor.email(), actor.roles(),
                organisations.ofMember(actor.subject()).stream()
                        .map(o -> new Me.Organisation(OrganisationSummary.of(o),
                                o.member(actor.subject()).orElseThrow().role()))
                        .toList());
    }

    /** An organisation with its members, for its members and the operator. */
    public OrganisationView find(Actor actor, long organisationId) {
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new OrganisationNotFoundException(organisationId));
        access.check(actor, Action.VIEW, Resource.organisation(organisationId));
        return OrganisationView.of(organisation);
    }

    /** The organisation owning a profile (public: profile pages show its name and whether it is verified). */
    public Optional<OrganisationSummary> ownerOfProfile(long supplierId) {
        return organisations.findBySupplier(supplierId).map(OrganisationSummary::of);
    }
}
