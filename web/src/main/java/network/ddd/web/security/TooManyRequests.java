package network.ddd.web.security;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import network.ddd.web.config.Messages;
import network.ddd.web.config.PlainPage;

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
        if (!api) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            PlainPage.write(request, response, STATUS, locale, "rate-limited", title, detail,
                    new PlainPage.Link("home", request.getContextPath() + "/", Messages.get(locale, "error.page.home")));
            return;
        }
        response.resetBuffer();
        response.setStatus(STATUS);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json;charset=UTF-8");
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", STATUS)
                .add("detail", detail)
                .add("instance", request.getRequestURI())
                .build().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }
}
