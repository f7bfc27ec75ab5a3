package network.ddd.organisation;

import network.ddd.identity.Role;

/** What kind of firm an organisation is; its members get the matching platform role. */
public enum OrganisationKind {
    DESIGNER_BRAND(Role.DESIGNER),
    WHOLESALER(Role.WHOLESALER),
    SUPPLIER(Role.SUPPLIER);

    private final Role platformRole;

    OrganisationKind(Role platformRole) {
        this.platformRole = platformRole;
    }

    /** The realm role a member of such an organisation needs. */
    public Role platformRole() {
        return platformRole;
    }
}
