package network.ddd.organisation;

import java.time.Instant;
import network.ddd.identity.OrgRole;

/** A member as pages and the API show it. */
public record MemberView(String subject, String email, OrgRole role, Instant since) {
    static MemberView of(Membership m) {
        return new MemberView(m.subject(), m.email(), m.role(), m.since());
    }
}
