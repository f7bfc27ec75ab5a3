package network.ddd.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /signout}: ends the session here and at the provider (RP-initiated logout), then shows the home page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SignOutServlet.class.getName());

    @Inject
    Instance<OpenIdContext> openId;

    @Inject
    OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String home = baseUrl(request) + "/";
        String providerLogout = null;
        if (request.getUserPrincipal() != null) {
            try {
                OpenIdContext context = openId.get();
                String endSession = context.getProviderMetadata().getString("end_session_endpoint", null);
                if (endSession != null && context.getIdentityToken() != null) {
                    providerLogout = endSession + "?client_id=" + encode(settings.getClientId())
                            + "&id_token_hint=" + encode(context.getIdentityToken().getToken())
                            + "&post_logout_redirect_uri=" + encode(home);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No OpenID Connect context to end at the provider", e);
            }
            request.logout();
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(providerLogout != null ? providerLogout : home);
    }

    private static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
