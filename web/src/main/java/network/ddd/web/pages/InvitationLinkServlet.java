package network.ddd.web.pages;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /invitations/{token}} — the link the API hands out — opens the page {@code invitation.xhtml?token=…}. */
@WebServlet("/invitations/*")
public class InvitationLinkServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        if (token.isEmpty() || token.contains("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/invitation.xhtml?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }
}
