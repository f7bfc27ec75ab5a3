package network.ddd.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * The pages' sign-in: the server's standard OpenID Connect mechanism (authorization code flow, client
 * {@code ddd-web}). Settings come from {@link OidcSettings}. Realm roles arrive in the {@code groups} claim; the
 * caller's name is {@code preferred_username}. The provider calls back to {@code /signin/callback}, where
 * {@link SignInServlet} sends the browser back to the page that asked for sign-in.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.issuer}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/signin/callback",
        redirectToOriginalResource = false, // Soteria 4.0.2 restores the saved request without its parameters
                                            // (NPE in getParameter); SignInServlet returns the browser itself
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({"designer", "wholesaler", "supplier", "operator"})
@ApplicationScoped
public class SignIn {
}
