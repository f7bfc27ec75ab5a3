package network.ddd.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Counts requests to the {@link LimitedEndpoint}s per client address ({@link ClientAddress}) and answers
 * {@code 429 Too Many Requests} with {@code Retry-After} beyond the limit ({@link TooManyRequests}: problem+json
 * for the API, a short page in Korean or English otherwise). Declared in {@code web.xml} after
 * {@link SecurityHeaders}, so a 429 carries the same headers as any answer.
 *
 * <p>The limits are per app instance ({@link RateLimiter}). The container authenticates before filters run, so
 * on {@code /signin/callback} the provider's code has already been exchanged when this filter counts the request;
 * that exchange needs a state that only a (limited) {@code /signin} hands out, so the callback is bounded by it.
 */
public class RateLimitFilter extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

    @Inject
    RateLimiter limiter;

    @Inject
    SecuritySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        LimitedEndpoint group = LimitedEndpoint.of(request.getMethod(), SecurityHeaders.pathOf(request));
        if (group == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = settings.clientAddress().of(request);
        RateLimiter.Verdict verdict = limiter.take(client, group, settings.limit(group));
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "Rate limit " + group + " reached by " + client + " on " + request.getRequestURI());
        TooManyRequests.answer(request, response, verdict.retryAfterSeconds());
    }
}
