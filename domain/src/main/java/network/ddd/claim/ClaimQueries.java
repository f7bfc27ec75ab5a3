package network.ddd.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.identity.Actor;
import network.ddd.organisation.Organisation;
import network.ddd.organisation.OrganisationRepository;

/** Reading claims: the claimant's members and the operator see a claim and its evidence; the operator's queue. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimQueries {
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    ClaimRepository claims;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessPolicy access;

    public ClaimView find(Actor actor, long claimId) {
        return ClaimView.of(visible(actor, claimId));
    }

    /** The evidence document, to download. */
    public EvidenceDocument evidence(Actor actor, long claimId) {
        visible(actor, claimId);
        return claims.evidenceOf(claimId).map(ClaimEvidence::document)
                .orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    /** The operator's queue: submitted claims, oldest first; {@code page} from 1. */
    public List<ClaimView> pending(Actor actor, int page, int size) {
        access.check(actor, Action.LIST, Resource.claims());
        return claims.withStatus(ClaimStatus.SUBMITTED, Math.max(page, 1), Math.min(Math.max(size, 1), MAX_PAGE_SIZE))
                .stream().map(ClaimView::of).toList();
    }

    /** Claims of the organisations the user belongs to, latest first. */
    public List<ClaimView> mine(Actor actor) {
        access.check(actor, Action.VIEW, Resource.account());
        List<Long> ids = organisations.ofMember(actor.subject()).stream().map(Organisation::id).toList();
        return ids.isEmpty() ? List.of() : claims.ofOrganisations(ids).stream().map(ClaimView::of).toList();
    }

    private Claim visible(Actor actor, long claimId) {
        Claim claim = claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        access.check(actor, Action.VIEW, Resource.claim(claimId, claim.organisationId()));
        return claim;
    }
}
