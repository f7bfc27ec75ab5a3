package network.ddd.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition.OpenIdAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Picks the authentication mechanism for each request (Jakarta Security 4's handler):
 * <ul>
 * <li>{@code /api/*}: the MicroProfile JWT mechanism (activated by {@code @LoginConfig(authMethod = "MP-JWT")} on
 * the JAX-RS application), and only when the request carries {@code Authorization: Bearer}. Without one the
 * call stays anonymous; a token that fails validation answers 401 problem+json ({@link BearerFailure}).</li>
 * <li>everything else: the OpenID Connect mechanism of the pages ({@link SignIn}).</li>
 * </ul>
 * Why a handler and not two plain mechanisms: Payara's MP-JWT mechanism is a {@code @Default} bean and the
 * OpenID Connect one a qualified bean; Soteria's default handler uses only the {@code @Default} one, so with
 * both in one WAR the pages would never sign in. The handler is the standard way to combine them.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationRouter implements HttpAuthenticationMechanismHandler {
    static final String API_PATH = "/api/";
    private static final Logger LOG = Logger.getLogger(AuthenticationRouter.class.getName());
    private static final String BEARER = "bearer ";

    @Inject
    @OpenIdAuthenticationMechanism
    HttpAuthenticationMechanism pages;

    @Inject
    @Default
    Instance<HttpAuthenticationMechanism> api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isApi(request)) {
            if (!hasBearerToken(request)) {
                return context.doNothing();
            }
            return api.get().validateRequest(request, response, new BearerFailure(context));
        }
        try {
            return pages.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            // a provider's answer that fits no sign-in of this session (refreshed, expired, restarted): the
            // mechanism fails before any page could explain it — say so ourselves, and offer to sign in again
            if (!request.getRequestURI().endsWith("/signin/callback")) {
                throw e;
            }
            LOG.log(Level.FINE, "Sign-in callback without its session", e);
            try {
                SignInInterrupted.answer(request, response);
            } catch (IOException io) {
                throw new AuthenticationException(io);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : pages.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            api.get().cleanSubject(request, response, context);
        } else {
            pages.cleanSubject(request, response, context);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PATH);
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }
}
