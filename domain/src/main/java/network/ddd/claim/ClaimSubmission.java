package network.ddd.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.access.ResourceKind;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditTrail;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.ProfileOwnership;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.directory.SupplierRepository;
import network.ddd.organisation.Organisation;
import network.ddd.organisation.OrganisationConflictException;
import network.ddd.organisation.OrganisationKind;
import network.ddd.organisation.OrganisationNotFoundException;
import network.ddd.organisation.OrganisationRepository;
import network.ddd.identity.Actor;

/**
 * Use case: a signed-in user claims an imported supplier profile for their firm, with the registration number and
 * an evidence document. The firm is an existing organisation the user owns, or a new supplier organisation founded
 * now with the user as owner; either way it waits for verification (PENDING) until the operator decides.
 */
@ApplicationScoped
public class ClaimSubmission {
    @Inject
    ClaimRepository claims;

    @Inject
    SupplierRepository suppliers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProfileOwnership ownership;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @throws SupplierNotFoundException                no such profile
     * @throws network.ddd.access.NotSignedInException  nobody signed in
     * @throws InvalidSupplierException                 the number is malformed or fails its check digit
     * @throws BrnMismatchException                     the number differs from the profile's (or the organisation's)
     * @throws InvalidEvidenceException                 the document is empty, too large or not PDF/JPEG/PNG
     * @throws ClaimConflictException                   the profile is owned already, or this firm's claim is open
     * @throws OrganisationConflictException            another organisation has this number
     * @throws AccessDeniedException                    the named organisation is not the user's to claim for
     */
    @Transactional
    public ClaimView submit(Actor actor, ClaimRequest request) {
        Supplier supplier = suppliers.find(request.supplierId())
                .orElseThrow(() -> new SupplierNotFoundException(request.supplierId()));
        Optional<Long> owner = ownership.owningOrganisationOf(supplier.id());
        access.check(actor, Action.CLAIM, Resource.supplierProfile(supplier.id(), owner.orElse(null)));
        if (owner.isPresent()) {
            throw new ClaimConflictException(ClaimConflictException.ALREADY_OWNED);
        }
        BusinessRegistrationNumber typed = BusinessRegistrationNumber.parse(request.brn());
        if (typed == null) {
            throw new InvalidSupplierException("brn", "error.brn.format");
        }
        Evidence evidence = Evidence.of(request.evidenceFileName(), request.evidenceContent());
        Instant now = clock.instant();
        Organisation organisation = claimant(actor, request, supplier, typed, now);
        if (claims.openClaim(supplier.id(), organisation.id()).isPresent()) {
            throw new ClaimConflictException(ClaimConflictException.OPEN_CLAIM);
        }
        Claim claim = Claim.submit(supplier.id(), supplier.profile().brn(), organisation.id(), actor, typed, now);
        claims.store(claim);
        claims.storeEvidence(new ClaimEvidence(claim.id(), evidence, now));
        if (organisation.requestVerification(now)) {
            organisations.store(organisation);
        }
        audit.record(actor, AuditAction.CLAIM_SUBMITTED, "CLAIM", claim.id(),
                "supplier " + supplier.id() + ", organisation " + organisation.id() + ", " + evidence);
        return ClaimView.of(claim);
    }

    private Organisation claimant(Actor actor, ClaimRequest request, Supplier supplier,
                                  BusinessRegistrationNumber typed, Instant now) {
        if (request.organisationId() != null) {
            Organisation named = organisations.find(request.organisationId())
                    .orElseThrow(() -> new OrganisationNotFoundException(request.organisationId()));
            if (!named.isOwner(actor.subject())) {
                throw new AccessDeniedException(Action.CLAIM, ResourceKind.SUPPLIER_PROFILE);
            }
            if (!named.brn().equals(typed)) {
                throw new BrnMismatchException();
            }
            return named;
        }
        Optional<Organisation> registered = organisations.findByBrn(typed);
        if (registered.isPresent()) {
            if (!registered.get().isOwner(actor.subject())) {
                throw new OrganisationConflictException(OrganisationConflictException.BRN_TAKEN, typed.formatted());
            }
            return registered.get();
        }
        String name = request.organisationName() == null || request.organisationName().isBlank()
                ? supplier.profile().displayName() : request.organisationName();
        Organisation founded = Organisation.found(OrganisationKind.SUPPLIER, name, typed, actor, now);
        organisations.store(founded);
        audit.record(actor, AuditAction.ORGANISATION_REGISTERED, "ORGANISATION", founded.id(),
                "SUPPLIER " + typed.formatted() + " (claim)");
        return founded;
    }
}
