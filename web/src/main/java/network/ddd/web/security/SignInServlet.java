package network.ddd.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /signin?return=/page}: starts the OpenID Connect sign-in (the mechanism redirects to Keycloak) and,
 * once signed in, sends the browser back to the page it came from — only to a path of this application, never
 * to another site.
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String back = request.getContextPath() + localPath(request.getParameter("return"));
        if (request.getUserPrincipal() == null && !request.authenticate(response)) {
            return; // the mechanism has redirected the browser to the provider
        }
        response.sendRedirect(back);
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
