package network.ddd.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: {@code HttpOnly} (web.xml), {@code SameSite=Lax} (payara-web.xml: Payara writes SameSite
 * only from its own cookie properties), and {@code Secure} — by the server on every request that arrives over
 * HTTPS, and on all answers when {@code DDD_SECURE_COOKIES=true} ({@link SecuritySettings}), for a proxy that
 * ends TLS in front of the app. Lax, not Strict: a link sent by message must open signed in.
 */
@WebListener
public class SessionCookies implements ServletContextListener {
    @Inject
    SecuritySettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.secureCookies()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
