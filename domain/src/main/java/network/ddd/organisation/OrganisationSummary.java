package network.ddd.organisation;

/**
 * What anybody may know of an organisation: name, kind, whether it is verified, and the profile it owns. Profile
 * pages show "unverified" from it.
 */
public record OrganisationSummary(long id, String name, OrganisationKind kind, VerificationStatus status,
                                  Long supplierId) {
    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.id(), o.name(), o.kind(), o.verificationStatus(),
                o.supplierId().orElse(null));
    }

    public boolean verified() {
        return status == VerificationStatus.VERIFIED;
    }
}
