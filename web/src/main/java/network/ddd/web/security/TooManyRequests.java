package network.ddd.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import network.ddd.web.config.Messages;

/**
 * The 429 answer of {@link RateLimitFilter}: RFC 9457 problem+json under {@code /api/} (like every API error),
 * else a short HTML page in the visitor's language — written here, without Faces, because it is sent to
 * whoever floods the server and must stay cheap. Both say when to try again, also in {@code Retry-After}.
 */
final class TooManyRequests {
    static final int STATUS = 429;

    private TooManyRequests() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        boolean api = AuthenticationRouter.isApi(request);
        Locale locale = api
                ? (request.getHeader("Accept-Language") == null ? Messages.KOREAN
                        : Messages.pick(Collections.list(request.getLocales())))
                : Messages.of(request);
        String title = Messages.get(locale, "problem.title.429");
        String detail = Messages.get(locale, "error.rateLimited", retryAfterSeconds);
        response.resetBuffer();
        response.setStatus(STATUS);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        String body;
        if (api) {
            response.setContentType("application/problem+json;charset=UTF-8");
            body = Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", STATUS)
                    .add("detail", detail)
                    .add("instance", request.getRequestURI())
                    .build().toString();
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Language", locale.getLanguage());
            String home = request.getContextPath() + "/";
            body = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                    + "<title>" + html(title) + " · " + html(Messages.get(locale, "app.name")) + "</title>"
                    + "<link rel=\"stylesheet\" href=\"" + html(request.getContextPath())
                    + "/jakarta.faces.resource/css/ddd.css.xhtml\"/></head>"
                    + "<body><main id=\"main\"><section class=\"error-page\" id=\"rate-limited\">"
                    + "<h1>" + html(title) + "</h1><p id=\"error-message\">" + html(detail) + "</p>"
                    + "<p><a href=\"" + html(home) + "\">" + html(Messages.get(locale, "error.page.home"))
                    + "</a></p></section></main></body></html>\n";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
