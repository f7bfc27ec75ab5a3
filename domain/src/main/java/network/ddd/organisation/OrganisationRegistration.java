package network.ddd.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditTrail;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.SourceRef;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierRepository;
import network.ddd.identity.Actor;
import network.ddd.identity.IdentityDirectory;

/**
 * Use case: a firm that is not in the directory registers itself. The registrant becomes its owner; the
 * organisation starts unverified. A supplier also gets a new directory profile (source {@value #SOURCE}), owned by
 * the organisation and indexed for search like any other. A firm whose registration number is already in the
 * directory is sent to claim its profile instead.
 */
@ApplicationScoped
public class OrganisationRegistration {
    /** The {@link SourceRef#source()} of profiles created by self-registration. */
    public static final String SOURCE = "ddd-self";

    @Inject
    OrganisationRepository organisations;

    @Inject
    SupplierRepository suppliers;

    @Inject
    AccessPolicy access;

    @Inject
    IdentityDirectory identity;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @throws network.ddd.access.NotSignedInException nobody signed in
     * @throws InvalidOrganisationException             name or registration number missing or malformed
     * @throws network.ddd.directory.InvalidSupplierException the number fails its check digit
     * @throws OrganisationConflictException            already registered, already in the directory, profile
     *                                                  missing or not allowed for the kind
     */
    @Transactional
    public OrganisationView register(Actor actor, Registration registration) {
        access.check(actor, Action.REGISTER, Resource.newOrganisation());
        BusinessRegistrationNumber brn = BusinessRegistrationNumber.parse(registration.brn());
        if (brn == null) {
            throw new InvalidOrganisationException("brn", "error.organisation.brnMissing");
        }
        if (registration.kind() == null) {
            throw new InvalidOrganisationException("kind", "error.organisation.kindMissing");
        }
        boolean supplier = registration.kind() == OrganisationKind.SUPPLIER;
        if (supplier && registration.profile() == null) {
            throw new InvalidOrganisationException("profile", "error.organisation.profileMissing");
        }
        if (!supplier && registration.profile() != null) {
            throw new OrganisationConflictException(OrganisationConflictException.NOT_A_SUPPLIER);
        }
        if (organisations.findByBrn(brn).isPresent()) {
            throw new OrganisationConflictException(OrganisationConflictException.BRN_TAKEN, brn.formatted());
        }
        List<Supplier> listed = suppliers.findByBrn(brn);
        if (supplier && !listed.isEmpty()) {
            throw new OrganisationConflictException(OrganisationConflictException.IN_DIRECTORY, listed.get(0).id());
        }
        Instant now = clock.instant();
        Organisation organisation = Organisation.found(registration.kind(), registration.name(), brn, actor, now);
        organisations.store(organisation);
        if (supplier) {
            Supplier profile = new Supplier(new SourceRef(SOURCE, UUID.randomUUID().toString()),
                    withBrn(registration.profile(), brn), now);
            suppliers.store(profile);
            organisation.ownNewProfile(profile.id(), now);
            organisations.store(organisation);
        }
        audit.record(actor, AuditAction.ORGANISATION_REGISTERED, "ORGANISATION", organisation.id(),
                registration.kind() + " " + brn.formatted());
        PlatformRoles.grant(identity, audit, actor, actor.subject(), actor.has(registration.kind().platformRole()),
                registration.kind().platformRole());
        return OrganisationView.of(organisation);
    }

    private static SupplierProfile withBrn(SupplierProfile p, BusinessRegistrationNumber brn) {
        if (p.brn() != null && !p.brn().equals(brn)) {
            throw new InvalidOrganisationException("brn", "error.organisation.profileBrnDiffers");
        }
        return new SupplierProfile(p.nameKo(), p.nameEn(), p.aliases(), p.type(), brn, p.processes(), p.products(),
                p.certifications(), p.workforce(), p.moq(), p.leadTimeDays(), p.address(), p.location());
    }
}
