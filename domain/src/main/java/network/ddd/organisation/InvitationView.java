package network.ddd.organisation;

import java.time.Instant;
import network.ddd.identity.OrgRole;

/** An open invitation as the organisation's owners see it. */
public record InvitationView(long id, long organisationId, String email, OrgRole role, String invitedBy,
                             Instant createdAt, Instant expiresAt) {
    static InvitationView of(Invitation i) {
        return new InvitationView(i.id(), i.organisationId(), i.email(), i.role(), i.invitedBy(), i.createdAt(),
                i.expiresAt());
    }
}
