package network.ddd.access;

import java.util.Objects;
import java.util.Set;

/**
 * What an access rule is evaluated against: the kind, an id for logs, the organisation that owns it and the
 * organisations it was sent to. Application services describe the resource they load with one of the factories;
 * the policy never loads anything itself.
 *
 * <p>Convention for marketplace documents: the owning organisation is the one that <em>issued</em> the document
 * (an RFQ's designer brand, a quote's supplier), the recipients are the organisations it is addressed to (an RFQ's
 * invited suppliers, a quote's RFQ issuer). {@link Requirement.Basic#ISSUER_OR_RECIPIENT} then covers both.
 *
 * @param kind                     the kind of resource
 * @param id                       its id as text, {@code null} for a resource not created yet or the whole kind
 * @param owningOrganisationId     the owning (issuing) organisation, {@code null} when none owns it
 * @param recipientOrganisationIds organisations it is addressed to; never {@code null}
 */
public record Resource(ResourceKind kind, String id, Long owningOrganisationId, Set<Long> recipientOrganisationIds) {
    public Resource {
        Objects.requireNonNull(kind, "kind");
        recipientOrganisationIds = recipientOrganisationIds == null ? Set.of() : Set.copyOf(recipientOrganisationIds);
    }

    /** The caller's own account. */
    public static Resource account() {
        return new Resource(ResourceKind.ACCOUNT, null, null, Set.of());
    }

    /** A supplier profile; {@code owningOrganisationId} is {@code null} while nobody has claimed it. */
    public static Resource supplierProfile(long supplierId, Long owningOrganisationId) {
        return new Resource(ResourceKind.SUPPLIER_PROFILE, Long.toString(supplierId), owningOrganisationId, Set.of());
    }

    /** A claim, owned by the claimant's organisation. */
    public static Resource claim(long claimId, long claimantOrganisationId) {
        return new Resource(ResourceKind.CLAIM, Long.toString(claimId), claimantOrganisationId, Set.of());
    }

    /** All claims (the operator's queue). */
    public static Resource claims() {
        return new Resource(ResourceKind.CLAIM, null, null, Set.of());
    }

    /** An organisation, which owns itself. */
    public static Resource organisation(long organisationId) {
        return new Resource(ResourceKind.ORGANISATION, Long.toString(organisationId), organisationId, Set.of());
    }

    /** An organisation about to be registered. */
    public static Resource newOrganisation() {
        return new Resource(ResourceKind.ORGANISATION, null, null, Set.of());
    }

    /** The directory as a whole (imports, reindex). */
    public static Resource directory() {
        return new Resource(ResourceKind.DIRECTORY, null, null, Set.of());
    }

    public static Resource auditLog() {
        return new Resource(ResourceKind.AUDIT_LOG, null, null, Set.of());
    }

    /** An RFQ: issued by one organisation, sent to the given supplier organisations. */
    public static Resource rfq(Long rfqId, long issuerOrganisationId, Set<Long> recipientOrganisationIds) {
        return new Resource(ResourceKind.RFQ, rfqId == null ? null : rfqId.toString(), issuerOrganisationId,
                recipientOrganisationIds);
    }

    /** A quote: issued by the supplier's organisation, addressed to the RFQ's issuer. */
    public static Resource quote(long quoteId, long supplierOrganisationId, long rfqIssuerOrganisationId) {
        return new Resource(ResourceKind.QUOTE, Long.toString(quoteId), supplierOrganisationId,
                Set.of(rfqIssuerOrganisationId));
    }
}
