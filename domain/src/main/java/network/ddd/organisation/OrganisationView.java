package network.ddd.organisation;

import java.time.Instant;
import java.util.List;

/** An organisation as its members and the operator see it; no entity leaves the domain. */
public record OrganisationView(long id, long version, OrganisationKind kind, String name, String brn,
                               VerificationStatus status, String verificationReason, Instant verificationDecidedAt,
                               Long supplierId, List<MemberView> members, Instant createdAt) {
    public OrganisationView {
        members = List.copyOf(members);
    }

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.version(), o.kind(), o.name(), o.brn().formatted(),
                o.verificationStatus(), o.verificationReason().orElse(null),
                o.verificationDecidedAt().orElse(null), o.supplierId().orElse(null),
                o.members().stream().map(MemberView::of).toList(), o.createdAt());
    }
}
