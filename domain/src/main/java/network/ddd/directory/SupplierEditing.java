package network.ddd.directory;

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
import network.ddd.identity.Actor;

/**
 * Use case: a member of the owning organisation, or the operator, edits a supplier profile
 * ({@code PUT /api/v1/suppliers/{id}} and the profile edit page). The store writes the search outbox row in the
 * same transaction, so the index shows the edit.
 */
@ApplicationScoped
public class SupplierEditing {
    @Inject
    SupplierRepository suppliers;

    @Inject
    ProfileOwnership ownership;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Replaces the profile and, when given, the contact.
     *
     * @param contact         how to reach the firm; {@code null} keeps the stored one
     * @param expectedVersion the {@link SupplierDetails#version()} the editor started from
     * @return the stored profile (with its new version)
     * @throws SupplierNotFoundException                        no such supplier
     * @throws network.ddd.access.NotSignedInException          nobody signed in
     * @throws network.ddd.access.AccessDeniedException         not a member of the owning organisation nor operator
     * @throws SupplierChangedException                         someone saved in between
     * @throws InvalidSupplierException                         a member tried to change a verified BRN
     */
    @Transactional
    public SupplierDetails update(Actor actor, long supplierId, SupplierProfile profile, Contact contact,
            long expectedVersion) {
        Supplier supplier = suppliers.find(supplierId).orElseThrow(() -> new SupplierNotFoundException(supplierId));
        access.check(actor, Action.EDIT,
                Resource.supplierProfile(supplierId, ownership.owningOrganisationOf(supplierId).orElse(null)));
        supplier.requireVersion(expectedVersion);
        Instant now = clock.instant();
        boolean changed = actor.isOperator() ? supplier.edit(profile, now) : supplier.editByOwner(profile, now);
        if (contact != null) {
            changed |= supplier.changeContact(contact, now);
        }
        if (changed) {
            suppliers.store(supplier);
            audit.record(actor, AuditAction.PROFILE_EDITED, "SUPPLIER", supplierId,
                    "version " + expectedVersion + " → " + supplier.version());
        }
        return SupplierDetails.of(supplier);
    }

    /** Whether the actor may edit (to show or hide the edit button; {@link #update} checks again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayEdit(Actor actor, long supplierId) {
        return access.allows(actor, Action.EDIT,
                Resource.supplierProfile(supplierId, ownership.owningOrganisationOf(supplierId).orElse(null)));
    }
}
