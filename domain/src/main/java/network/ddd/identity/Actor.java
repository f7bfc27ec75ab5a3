package network.ddd.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: the identity provider's stable subject ({@code sub}), a display name, an e-mail address and the
 * platform roles. The web layer builds it from a validated token or session; the domain never sees a token.
 *
 * <p>Invariants: {@link #ANONYMOUS} is the only actor without a subject, and it holds no role. {@link #email()} is
 * only set when the identity provider has verified it (invitations are matched by it).
 *
 * @param subject     the provider's {@code sub} claim, {@code null} only for {@link #ANONYMOUS}
 * @param displayName a name to show ({@code name} or {@code preferred_username}); may be {@code null}
 * @param email       the verified e-mail address, lower-cased; {@code null} when unknown or unverified
 * @param roles       platform roles; unmodifiable
 */
public record Actor(String subject, String displayName, String email, Set<Role> roles) {
    /** Nobody signed in. */
    public static final Actor ANONYMOUS = new Actor(null, null, null, Set.of());

    public Actor {
        if (subject != null && subject.isBlank()) {
            throw new IllegalArgumentException("A subject cannot be blank");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (subject == null && !roles.isEmpty()) {
            throw new IllegalArgumentException("An anonymous actor holds no role");
        }
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A signed-in user from the realm role names of the token; names that are not platform roles are ignored. */
    public static Actor signedIn(String subject, String displayName, String email, Collection<String> realmRoles) {
        Objects.requireNonNull(subject, "subject");
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (realmRoles != null) {
            realmRoles.forEach(name -> Role.ofRealmRole(name).ifPresent(roles::add));
        }
        return new Actor(subject, displayName, email, roles);
    }

    public boolean isSignedIn() {
        return subject != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOperator() {
        return has(Role.OPERATOR);
    }

    /** Subject for logs and the audit trail: "anonymous" when nobody is signed in. */
    public String describe() {
        return subject == null ? "anonymous" : subject;
    }
}
