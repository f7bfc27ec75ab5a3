package network.ddd.access;

import java.util.Map;
import network.ddd.identity.OrgRole;

/** The organisations one user belongs to, with the role held in each (organisation id → role). Immutable. */
public record Memberships(Map<Long, OrgRole> roles) {
    public static final Memberships NONE = new Memberships(Map.of());

    public Memberships {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    public boolean isMemberOf(Long organisationId) {
        return organisationId != null && roles.containsKey(organisationId);
    }

    public boolean isOwnerOf(Long organisationId) {
        return organisationId != null && roles.get(organisationId) == OrgRole.OWNER;
    }
}
