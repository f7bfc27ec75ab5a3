package network.ddd.web.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;

/**
 * Keeps the WAR deployable on a Jakarta Security 3 server (the EAR on Payara Server 6, Jakarta EE 10): there
 * a WAR can hold only one authentication mechanism and {@link AuthenticationRouter} cannot exist, so the pages'
 * OpenID Connect sign-in ({@link SignIn}) is left out and MP-JWT alone authenticates (API bearer tokens; pages
 * anonymous). On Jakarta Security 4 (Payara Micro 7) this does nothing.
 */
public class SecurityLevel implements Extension {
    private static final Logger LOG = Logger.getLogger(SecurityLevel.class.getName());
    private static final String SECURITY_4_TYPE =
            "jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler";

    void pagesSignInNeedsSecurity4(@Observes ProcessAnnotatedType<SignIn> signIn) {
        if (!jakartaSecurity4()) {
            LOG.warning("Jakarta Security 4 is not available: the pages' sign-in (OpenID Connect) is off on this "
                    + "server; the API still accepts bearer tokens.");
            signIn.veto();
        }
    }

    /** True where the pages can sign in (Jakarta Security 4: several mechanisms in one WAR). */
    public static boolean jakartaSecurity4() {
        try {
            Class.forName(SECURITY_4_TYPE, false, SecurityLevel.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
