/**
 * Who is calling, as the business sees it: the {@link network.ddd.identity.Actor} (subject, name, verified
 * e-mail, platform {@link network.ddd.identity.Role}s), the {@link network.ddd.identity.OrgRole} a user holds in
 * an organisation, and the {@link network.ddd.identity.IdentityDirectory} port to the identity provider's user
 * administration.
 *
 * <p>Invariants: only {@link network.ddd.identity.Actor#ANONYMOUS} lacks a subject and it holds no role; roles
 * are the realm roles {@code designer}, {@code wholesaler}, {@code supplier}, {@code operator} and nothing else.
 *
 * <p>Not here: tokens, sessions, OpenID Connect or Keycloak code (the web module turns a validated token into an
 * {@code Actor} and implements the port), and authorisation decisions ({@link network.ddd.access}).
 */
package network.ddd.identity;
