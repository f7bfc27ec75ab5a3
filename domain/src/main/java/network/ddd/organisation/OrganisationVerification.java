package network.ddd.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditTrail;
import network.ddd.directory.SupplierRepository;
import network.ddd.identity.Actor;

/** Use cases of verification: an owner asks, the operator verifies or rejects with a reason. */
@ApplicationScoped
public class OrganisationVerification {
    @Inject
    OrganisationRepository organisations;

    @Inject
    SupplierRepository suppliers;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public OrganisationView requestVerification(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.REQUEST_VERIFICATION, Resource.organisation(organisationId));
        if (organisation.requestVerification(clock.instant())) {
            organisations.store(organisation);
        }
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView verify(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.VERIFY, Resource.organisation(organisationId));
        Instant now = clock.instant();
        organisation.verify(actor, now);
        organisations.store(organisation);
        audit.record(actor, AuditAction.ORGANISATION_VERIFIED, "ORGANISATION", organisationId, null);
        // the firm's own profile (self-registered) is shown as verified too, like one whose claim was approved
        organisation.supplierId().flatMap(suppliers::find).filter(profile -> profile.markVerified(now))
                .ifPresent(suppliers::store);
        return OrganisationView.of(organisation);
    }

    @Transactional
    public OrganisationView reject(Actor actor, long organisationId, String reason) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.VERIFY, Resource.organisation(organisationId));
        DecisionReason why = new DecisionReason(reason);
        organisation.rejectVerification(actor, why, clock.instant());
        organisations.store(organisation);
        audit.record(actor, AuditAction.ORGANISATION_REJECTED, "ORGANISATION", organisationId, why.text());
        return OrganisationView.of(organisation);
    }

    /** The operator's queue: organisations waiting for a decision, longest waiting first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationSummary> pending(Actor actor, int max) {
        access.check(actor, Action.LIST, Resource.newOrganisation());
        return organisations.withStatus(VerificationStatus.PENDING, Math.min(Math.max(max, 1), 500)).stream()
                .map(OrganisationSummary::of).toList();
    }

    private Organisation load(long organisationId) {
        return organisations.find(organisationId)
                .orElseThrow(() -> new OrganisationNotFoundException(organisationId));
    }
}
