package network.ddd.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in settings from MicroProfile Config (environment variables {@code DDD_OIDC_ISSUER},
 * {@code DDD_OIDC_CLIENT_ID}, {@code DDD_OIDC_CLIENT_SECRET}), read by the expressions of {@link SignIn}.
 * The defaults serve the embedded Keycloak of {@code ./ddd up}; the secret has none in git.
 */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {
    @Inject
    @ConfigProperty(name = "ddd.oidc.issuer", defaultValue = "http://localhost:8180/realms/ddd")
    String issuer;

    @Inject
    @ConfigProperty(name = "ddd.oidc.client-id", defaultValue = "ddd-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "ddd.oidc.client-secret", defaultValue = "")
    String clientSecret;

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
