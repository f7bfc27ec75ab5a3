package network.ddd.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.audit.AuditLog;
import network.ddd.organisation.OrganisationMembers;

/**
 * {@code GET /signin?return=/page} starts the OpenID Connect sign-in (the mechanism redirects to the provider);
 * the provider calls back to {@code /signin/callback}, where the mechanism has signed the caller in, and the
 * browser goes back to the page it came from — only ever a path of this application, never another site.
 *
 * <p>Once per session, on the callback, the sign-in is written to the audit trail and the user joins the
 * organisations that invited their (provider-verified) e-mail address — an invited user needs no link. Keycloak
 * itself keeps the log of failed password attempts and locks guessed accounts (realm settings in {@code deploy/}).
 */
@WebServlet({"/signin", "/signin/callback"})
public class SignInServlet extends HttpServlet {
    static final String RETURN_ATTRIBUTE = "ddd.signin.return";
    private static final String WELCOMED_ATTRIBUTE = "ddd.signin.welcomed";
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @Inject
    Caller caller;

    @Inject
    AuditLog auditLog;

    @Inject
    OrganisationMembers members;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!SecurityLevel.jakartaSecurity4()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // no sign-in on this server (see SecurityLevel)
            return;
        }
        boolean callback = request.getServletPath().endsWith("/callback");
        if (!callback) {
            request.getSession().setAttribute(RETURN_ATTRIBUTE, localPath(request.getParameter("return")));
        }
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return; // the mechanism has redirected the browser to the provider (or refused the callback)
        }
        var session = request.getSession(false);
        if (callback && session != null && session.getAttribute(WELCOMED_ATTRIBUTE) == null) {
            session.setAttribute(WELCOMED_ATTRIBUTE, Boolean.TRUE);
            welcome(request);
        }
        Object back = session == null ? null : session.getAttribute(RETURN_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(RETURN_ATTRIBUTE);
        }
        response.sendRedirect(request.getContextPath() + (back instanceof String path ? path : "/"));
    }

    /** Audit and pending invitations; neither may keep a signed-in user from their page. */
    private void welcome(HttpServletRequest request) {
        try {
            auditLog.signedIn(caller.actor(), "pages from " + request.getRemoteAddr());
            members.acceptPending(caller.actor());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "after sign-in: audit or pending invitations failed", e);
        }
    }

    /** {@code path} if it is a path of this site ({@code /…}, not {@code //host} or {@code /\host}), else "/". */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
