package network.ddd.identity;

import java.util.Optional;

/**
 * Port to the identity provider's user administration (implemented in the web module with Keycloak's admin API).
 * The domain asks for accounts and realm roles through it and never stores a password.
 *
 * <p>Calls reach another system: they are not undone when the surrounding database transaction rolls back, so
 * every method is idempotent and may safely be repeated.
 */
public interface IdentityDirectory {
    /**
     * The account for an e-mail address, created (with a "set your password" e-mail) when none exists yet.
     *
     * @return the account's subject ({@code sub})
     */
    String ensureUser(String email, String displayName);

    /** Grants a platform role (realm role); nothing happens when the user already holds it. */
    void assignRole(String subject, Role role);

    /** The account's subject for an e-mail address, if there is one. */
    Optional<String> findUser(String email);
}
