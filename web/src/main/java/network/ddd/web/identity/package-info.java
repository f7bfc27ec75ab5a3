/**
 * The domain's {@link network.ddd.identity.IdentityDirectory} port, implemented with Keycloak's admin REST API
 * (JDK HTTP client and JSON-P; Keycloak's Java adapters and admin client are not used).
 *
 * <p>The app calls the API as the service account of its own client {@code ddd-web} (client-credentials grant,
 * the same secret as the pages' sign-in); the realm gives that account {@code realm-management} roles
 * {@code view-users}, {@code query-users} and {@code manage-users} only. Every call is idempotent.
 *
 * <p>Not here: sign-in and token validation ({@link network.ddd.web.security}).
 */
package network.ddd.web.identity;
