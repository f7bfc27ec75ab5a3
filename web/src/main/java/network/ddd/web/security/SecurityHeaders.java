package network.ddd.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * The security headers of every answer — pages, API, static resources, error pages (declared in {@code web.xml}
 * for the REQUEST and ERROR dispatches, first of our filters):
 * <ul>
 * <li>{@code Content-Security-Policy}: {@link #POLICY} plus a script rule. PrimeFaces runs in its CSP mode
 * ({@code primefaces.CSP} in web.xml): on every Faces page it adds a header {@code script-src 'self'
 * 'nonce-…'} and puts that nonce on its scripts and on the event handlers it renders. Browsers enforce every CSP
 * header they get, so two headers would have to agree; instead there is one: the response wrapper here completes
 * PrimeFaces' script rule with {@link #POLICY}. Answers without Faces (API, resources, servlets) get
 * {@code script-src 'self'}. A servlet that sets a complete policy of its own (the evidence download's
 * {@code sandbox}) keeps it.</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} (older browsers; CSP's
 * {@code frame-ancestors} for the others).</li>
 * <li>{@code Referrer-Policy: strict-origin-when-cross-origin}; {@code no-referrer} on the invitation pages,
 * whose URL holds the invitation's secret token.</li>
 * <li>{@code Cache-Control: no-store} on answers that may hold personal data: pages for a signed-in caller, API
 * calls with credentials, sign-in and sign-out, invitations and evidence. Public pages and API answers stay
 * cacheable.</li>
 * </ul>
 */
public class SecurityHeaders extends HttpFilter {
    static final String CSP = "Content-Security-Policy";

    /**
     * Everything but scripts. {@code form-action 'self'}: our forms post to ourselves; signing in and out are
     * links ({@code GET /signin}, {@code GET /signout}) whose redirects to Keycloak follow no form, so Keycloak's
     * origin is not needed here. Styles allow {@code 'unsafe-inline'} because PrimeFaces writes {@code style}
     * attributes into its markup (and its scripts set them); scripts, the real danger, never run inline without
     * the page's nonce. {@code data:} images: the theme's icons.
     */
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "base-uri 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'");
    static final String SCRIPTS = "script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathOf(request);
        response.setHeader(CSP, POLICY + "; " + SCRIPTS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", tokenInUrl(path) ? "no-referrer" : "strict-origin-when-cross-origin");
        if (personal(request, path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The path inside the application as the container mapped it: decoded, without parameters or query. */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String info = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (info == null ? "" : info);
    }

    static boolean tokenInUrl(String path) {
        return path.equals("/invitation.xhtml") || path.startsWith("/invitations/");
    }

    static boolean personal(HttpServletRequest request, String path) {
        return request.getUserPrincipal() != null || request.getHeader("Authorization") != null
                || path.startsWith("/signin") || path.equals("/signout") || path.startsWith("/evidence/")
                || tokenInUrl(path);
    }

    /**
     * The policy to send when the application sets {@code value}: a rule about scripts only (PrimeFaces' nonce) is
     * completed with {@link #POLICY}; a complete policy stands as it is.
     */
    static String merged(String value) {
        String v = value.strip();
        for (String directive : v.split(";")) {
            String d = directive.strip().toLowerCase(Locale.ROOT);
            if (!d.isEmpty() && !d.startsWith("script-src")) {
                return v;
            }
        }
        return POLICY + "; " + v;
    }

    /** Keeps one CSP header: what the application sets replaces ours, completed by {@link #merged}. */
    static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isPolicy(name, value) ? merged(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isPolicy(name, value)) {
                super.setHeader(name, merged(value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isPolicy(String name, String value) {
            return CSP.equalsIgnoreCase(name) && value != null;
        }
    }
}
