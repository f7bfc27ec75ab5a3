package network.ddd.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A short page in the visitor's language, written without Faces: for answers that must not depend on the page
 * machinery — the error page (a broken or expired page must still be explained) and the rate limit's 429 (cheap,
 * for whoever floods the server). Same stylesheet as the pages; no script.
 */
public final class PlainPage {
    private PlainPage() {
    }

    /** A link under the message: where to go from here. */
    public record Link(String id, String href, String text) {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, Locale locale,
                             String id, String title, String message, Link... links) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", locale.getLanguage());
        response.setHeader("Cache-Control", "no-store");
        StringBuilder body = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<title>").append(html(title)).append(" · ").append(html(Messages.get(locale, "app.name")))
                .append("</title><link rel=\"stylesheet\" href=\"").append(html(request.getContextPath()))
                .append("/jakarta.faces.resource/css/ddd.css.xhtml\"/></head>")
                .append("<body><main id=\"main\"><section class=\"error-page\" id=\"").append(id).append("\">")
                .append("<h1>").append(html(title)).append("</h1><p id=\"error-message\">").append(html(message))
                .append("</p>");
        for (Link link : links) {
            body.append("<p><a id=\"").append(link.id()).append("\" href=\"").append(html(link.href())).append("\">")
                    .append(html(link.text())).append("</a></p>");
        }
        body.append("</section></main></body></html>\n");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
