package network.ddd.identity;

import java.util.Arrays;
import java.util.Optional;

/** A platform role: what kind of user someone is on the network. Each is a realm role of the identity provider. */
public enum Role {
    DESIGNER("designer"),
    WHOLESALER("wholesaler"),
    SUPPLIER("supplier"),
    OPERATOR("operator");

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The realm role's name in the identity provider (Keycloak {@code realm_access.roles}, MP-JWT {@code groups}). */
    public String realmRole() {
        return realmRole;
    }

    /** The role for a realm role name; empty for the provider's own roles (offline_access, uma_authorization…). */
    public static Optional<Role> ofRealmRole(String name) {
        return Arrays.stream(values()).filter(r -> r.realmRole.equals(name)).findFirst();
    }
}
