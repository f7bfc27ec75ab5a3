package network.ddd.web.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.web.config.Messages;
import network.ddd.web.config.PlainPage;

/**
 * Our error page for every failure the container sees ({@code web.xml}): never a stack trace, always a sentence in
 * the visitor's language and a way on. Written without Faces on purpose: a page whose session expired or whose
 * form lost its script nonce cannot be rendered by the page machinery that just failed on it. Two cases (an
 * interrupted sign-in is explained by {@code SignInInterrupted}, before any page runs):
 * <ul>
 *   <li>a page kept open too long (its view expired, or its form came back without the page's script nonce, e.g.
 *       without JavaScript): "open it again", with a link to the same page;</li>
 *   <li>anything else: 404 or "try again shortly".</li>
 * </ul>
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Locale locale = Messages.of(request);
        String home = request.getContextPath() + "/";
        PlainPage.Link toStart = new PlainPage.Link("error-home", home, Messages.get(locale, "error.page.home"));
        if (failure != null && pageOutOfDate(failure)) {
            Object query = request.getAttribute("jakarta.servlet.error.query_string");
            String again = path + (query == null ? "" : "?" + query);
            PlainPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST, locale, "error",
                    Messages.get(locale, "error.page.expired.title"), Messages.get(locale, "error.page.expired"),
                    new PlainPage.Link("error-again", again, Messages.get(locale, "error.page.again")), toStart);
            return;
        }
        if (failure != null) {
            LOG.log(Level.WARNING, "Failed: " + request.getMethod() + " " + path, failure);
        }
        PlainPage.write(request, response, status, locale, "error", Messages.get(locale, "error.page.title"),
                Messages.get(locale, status == HttpServletResponse.SC_NOT_FOUND ? "error.page.404" : "error.page.500"),
                toStart);
    }

    /** The view expired, or PrimeFaces refused the form for its script nonce (the page is older than its state). */
    static boolean pageOutOfDate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.faces.application.ViewExpiredException")
                    || name.equals("org.primefaces.csp.CspException")) {
                return true;
            }
        }
        return false;
    }
}
