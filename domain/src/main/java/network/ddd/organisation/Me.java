package network.ddd.organisation;

import java.util.List;
import java.util.Set;
import network.ddd.identity.OrgRole;
import network.ddd.identity.Role;

/** The signed-in user, their platform roles and organisations ({@code GET /api/v1/me}). */
public record Me(String subject, String displayName, String email, Set<Role> roles,
                 List<Organisation> organisations) {
    public Me {
        roles = Set.copyOf(roles);
        organisations = List.copyOf(organisations);
    }

    /** One organisation of the user and the role held in it. */
    public record Organisation(OrganisationSummary organisation, OrgRole role) {
    }
}
