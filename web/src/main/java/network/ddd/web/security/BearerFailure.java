package network.ddd.web.security;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import network.ddd.web.config.Messages;

/**
 * The message context handed to the MP-JWT mechanism: when it refuses a token (expired, forged signature, other
 * issuer or audience, not a JWT) the answer is an RFC 9457 problem+json 401 with {@code WWW-Authenticate: Bearer
 * error="invalid_token"} (RFC 6750) instead of the server's HTML error page.
 */
final class BearerFailure extends HttpMessageContextWrapper {
    BearerFailure(HttpMessageContext context) {
        super(context);
    }

    @Override
    public AuthenticationStatus responseUnauthorized() {
        var request = getRequest();
        HttpServletResponse response = getResponse();
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.KOREAN
                : Messages.pick(Collections.list(request.getLocales()));
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Messages.get(locale, "problem.title.401"))
                .add("status", 401)
                .add("detail", Messages.get(locale, "error.token.invalid"))
                .add("instance", request.getRequestURI())
                .build().toString();
        try {
            response.resetBuffer();
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ddd\", error=\"invalid_token\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
