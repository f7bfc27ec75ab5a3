package network.ddd.web.security;

import java.util.regex.Pattern;

/**
 * The endpoint groups whose requests are counted per client ({@link RateLimitFilter}): those that sign in, take a
 * secret from the URL, or create something for a caller. Everything else — search, profiles, static resources —
 * is never limited. Defaults are per minute with the same burst, set with {@code ddd.rate-limit.KEY.per-minute}
 * and {@code ddd.rate-limit.KEY.burst} ({@code DDD_RATE_LIMIT_SIGN_IN_PER_MINUTE} …).
 */
public enum LimitedEndpoint {
    /**
     * {@code /signin} and the provider's {@code /signin/callback}: one sign-in is two requests, so 20 a minute are
     * 10 sign-ins. (Passwords are typed at Keycloak, which has its own brute-force protection.)
     */
    SIGN_IN("sign-in", 20),
    /**
     * Invitation links and accepting them: {@code /invitations/{token}}, {@code invitation.xhtml} (GET and the
     * accept POST) and {@code POST /api/v1/invitations/{token}/accept} — guessing tokens stays slow.
     */
    INVITATION("invitation", 10),
    /**
     * Ownership claims with their evidence upload: {@code POST claim.xhtml},
     * {@code POST /api/v1/suppliers/{id}/claims}.
     */
    CLAIM("claim", 10),
    /** Registering a firm: {@code POST /api/v1/organisations} (the pages register firms only through a claim). */
    REGISTRATION("registration", 10);

    private static final Pattern CLAIMS_API = Pattern.compile("/api/v1/suppliers/[^/]+/claims");

    private final String key;
    private final int defaultPerMinute;

    LimitedEndpoint(String key, int defaultPerMinute) {
        this.key = key;
        this.defaultPerMinute = defaultPerMinute;
    }

    /** The configuration key part: {@code ddd.rate-limit.<key>.per-minute}. */
    public String key() {
        return key;
    }

    public RateLimit defaultLimit() {
        return new RateLimit(defaultPerMinute, defaultPerMinute);
    }

    /**
     * The group of a request, or null when it is not limited.
     *
     * @param path the path inside the application as the container mapped it (servlet path + path info: decoded,
     *             without {@code ;jsessionid} or the query)
     */
    public static LimitedEndpoint of(String method, String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean post = "POST".equalsIgnoreCase(method);
        if (p.equals("/signin") || p.equals("/signin/callback")) {
            return SIGN_IN;
        }
        if (p.startsWith("/invitations/") || p.equals("/invitation.xhtml")
                || post && p.startsWith("/api/v1/invitations/")) {
            return INVITATION;
        }
        if (post && (p.equals("/claim.xhtml") || CLAIMS_API.matcher(p).matches())) {
            return CLAIM;
        }
        if (post && p.equals("/api/v1/organisations")) {
            return REGISTRATION;
        }
        return null;
    }
}
