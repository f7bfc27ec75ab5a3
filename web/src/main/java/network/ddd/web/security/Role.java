package network.ddd.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The realm roles of D·D·D network, as named in the {@code groups} claim of a token. */
public enum Role {
    DESIGNER, WHOLESALER, SUPPLIER, OPERATOR;

    /** The role's name in tokens and in {@code @RolesAllowed}. */
    public String claimName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofClaim(String group) {
        return Arrays.stream(values()).filter(r -> r.claimName().equals(group)).findFirst();
    }

    /** Our roles among a token's groups (Keycloak adds its own, e.g. {@code default-roles-ddd}), in enum order. */
    public static List<Role> among(Collection<String> groups) {
        return Arrays.stream(values()).filter(r -> groups.contains(r.claimName())).toList();
    }
}
