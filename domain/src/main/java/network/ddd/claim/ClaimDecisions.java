package network.ddd.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditTrail;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.directory.SupplierRepository;
import network.ddd.identity.Actor;
import network.ddd.identity.IdentityDirectory;
import network.ddd.identity.Role;
import network.ddd.organisation.DecisionReason;
import network.ddd.organisation.Organisation;
import network.ddd.organisation.VerificationStatus;
import network.ddd.organisation.OrganisationNotFoundException;
import network.ddd.organisation.OrganisationRepository;

/**
 * Use cases of the operator's decision on a claim. Approval is one transaction over three aggregates — the claim,
 * the claimant's organisation (owns the profile, verified, claimant an owner) and the supplier (verified, through
 * its repository so the search outbox row is written) — because the operator must see all of it happen or none.
 */
@ApplicationScoped
public class ClaimDecisions {
    @Inject
    ClaimRepository claims;

    @Inject
    SupplierRepository suppliers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccessPolicy access;

    @Inject
    IdentityDirectory identity;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public ClaimView approve(Actor actor, long claimId) {
        Claim claim = load(claimId);
        access.check(actor, Action.DECIDE, Resource.claim(claimId, claim.organisationId()));
        Supplier supplier = suppliers.find(claim.supplierId())
                .orElseThrow(() -> new SupplierNotFoundException(claim.supplierId()));
        Organisation organisation = organisation(claim);
        organisations.findBySupplier(supplier.id()).filter(owner -> !owner.equals(organisation)).ifPresent(owner -> {
            throw new ClaimConflictException(ClaimConflictException.ALREADY_OWNED);
        });
        Instant now = clock.instant();
        boolean wasVerified = organisation.isVerified();
        claim.approve(actor, now);
        organisation.claimApproved(actor, supplier.id(), claim.claimantSubject(), claim.claimantEmail(), now);
        claims.store(claim);
        organisations.store(organisation);
        if (supplier.markVerified(now)) {
            suppliers.store(supplier);
        }
        audit.record(actor, AuditAction.CLAIM_APPROVED, "CLAIM", claimId,
                "supplier " + supplier.id() + " → organisation " + organisation.id());
        if (!wasVerified) {
            audit.record(actor, AuditAction.ORGANISATION_VERIFIED, "ORGANISATION", organisation.id(),
                    "claim " + claimId);
        }
        identity.assignRole(claim.claimantSubject(), Role.SUPPLIER);
        audit.record(actor, AuditAction.ROLE_CHANGED, "USER", claim.claimantSubject(),
                "+" + Role.SUPPLIER.realmRole() + ", OWNER of organisation " + organisation.id());
        return ClaimView.of(claim);
    }

    @Transactional
    public ClaimView reject(Actor actor, long claimId, String reason) {
        Claim claim = load(claimId);
        access.check(actor, Action.DECIDE, Resource.claim(claimId, claim.organisationId()));
        DecisionReason why = new DecisionReason(reason);
        Instant now = clock.instant();
        claim.reject(actor, why, now);
        Organisation organisation = organisation(claim);
        VerificationStatus before = organisation.verificationStatus();
        organisation.claimRejected(actor, why, now);
        claims.store(claim);
        organisations.store(organisation);
        audit.record(actor, AuditAction.CLAIM_REJECTED, "CLAIM", claimId, why.text());
        if (before != organisation.verificationStatus()) {
            audit.record(actor, AuditAction.ORGANISATION_REJECTED, "ORGANISATION", organisation.id(), why.text());
        }
        return ClaimView.of(claim);
    }

    private Claim load(long claimId) {
        return claims.find(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
    }

    private Organisation organisation(Claim claim) {
        return organisations.find(claim.organisationId())
                .orElseThrow(() -> new OrganisationNotFoundException(claim.organisationId()));
    }
}
