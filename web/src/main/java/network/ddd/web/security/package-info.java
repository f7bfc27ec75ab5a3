/**
 * Who is calling: sign-in for the pages and bearer tokens for the API, both against the Keycloak realm
 * {@code ddd} (or any OpenID Connect provider with the same claims).
 *
 * <ul>
 * <li>Pages sign in with the server's standard OpenID Connect mechanism (Jakarta Security,
 * {@link network.ddd.web.security.SignIn}); the session holds the tokens.</li>
 * <li>The API ({@code /api/*}) is stateless: a request is signed in only by an {@code Authorization: Bearer}
 * access token, validated by MicroProfile JWT (issuer, signature from the realm's JWKS, audience
 * {@code ddd-api}, expiry). A session cookie never authenticates an API call, so the API needs no CSRF token.
 * A bad token is a 401 problem+json, never an anonymous call.</li>
 * <li>{@link network.ddd.web.security.AuthenticationRouter} picks one of the two per request (Jakarta Security 4
 * lets a WAR hold several mechanisms when an application-provided handler chooses between them).</li>
 * <li>Requests without credentials stay anonymous: the public directory needs no sign-in.</li>
 * </ul>
 *
 * Also here, for every request: the security headers and the one Content-Security-Policy
 * ({@link network.ddd.web.security.SecurityHeaders}), the session cookie's attributes
 * ({@link network.ddd.web.security.SessionCookies}) and the rate limit on sign-in, invitations, claims and firm
 * registration ({@link network.ddd.web.security.RateLimitFilter}, per app instance), configured in
 * {@link network.ddd.web.security.SecuritySettings}.
 *
 * {@link network.ddd.web.security.Caller} turns either into the domain's {@link network.ddd.identity.Actor}
 * (platform roles = the realm roles in the token's {@code groups} claim). Not here: what a role or an organisation
 * may do — the domain's access rules decide that.
 */
package network.ddd.web.security;
