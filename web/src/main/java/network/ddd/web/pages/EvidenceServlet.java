package network.ddd.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.NotSignedInException;
import network.ddd.claim.ClaimQueries;
import network.ddd.claim.EvidenceDocument;
import network.ddd.platform.NotFoundException;
import network.ddd.web.security.Caller;

/**
 * {@code GET /evidence/{claimId}}: a claim's evidence document for the pages' signed-in session (the API's
 * {@code /api/v1/claims/{id}/evidence} takes bearer tokens only). {@link ClaimQueries#evidence} decides who may
 * read it (the claimant's organisation and the operator). Always a download ({@code Content-Disposition:
 * attachment}) with the type read from its bytes and {@code nosniff}, never rendered inline.
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ClaimQueries claims;

    @Inject
    Caller caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long claimId = PageMessages.idOf(path == null ? "" : path.substring(1));
        if (claimId < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EvidenceDocument document;
        try {
            document = claims.evidence(caller.actor(), claimId);
        } catch (NotSignedInException e) {
            response.sendRedirect(request.getContextPath() + "/signin?return="
                    + URLEncoder.encode("/evidence/" + claimId, StandardCharsets.UTF_8));
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(document.contentType());
        response.setHeader("Content-Disposition", contentDisposition(document.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setContentLength(document.size());
        response.getOutputStream().write(document.content());
    }

    /** {@code attachment} with an ASCII fallback name and the real (Korean) name in RFC 5987 form. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
