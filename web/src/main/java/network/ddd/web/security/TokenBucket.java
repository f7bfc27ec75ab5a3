package network.ddd.web.security;

/**
 * A token bucket: holds at most {@code burst} tokens, refilled continuously at {@code perMinute}; each request
 * takes one. Times are the caller's clock in milliseconds, so tests can move time by hand. Counted in whole
 * sixty-thousandths of a token (each millisecond adds {@code perMinute} of them), so no rounding drifts. Not
 * thread-safe: {@link RateLimiter} guards its buckets.
 */
final class TokenBucket {
    private static final long TOKEN = 60_000; // units per token: one minute in milliseconds

    private final long capacity;
    private final long perMilli;
    private long units;
    private long updated;

    TokenBucket(RateLimit limit, long nowMillis) {
        this.capacity = limit.burst() * TOKEN;
        this.perMilli = limit.perMinute();
        this.units = capacity;
        this.updated = nowMillis;
    }

    /** Takes a token: 0 when there was one, else how many milliseconds until there is one (nothing taken). */
    long take(long nowMillis) {
        refill(nowMillis);
        if (units >= TOKEN) {
            units -= TOKEN;
            return 0;
        }
        return (TOKEN - units + perMilli - 1) / perMilli;
    }

    /** Full again: forgetting this bucket changes nothing, a new one starts full. */
    boolean isFull(long nowMillis) {
        refill(nowMillis);
        return units >= capacity;
    }

    private void refill(long nowMillis) {
        if (nowMillis > updated) {
            long elapsed = Math.min(nowMillis - updated, capacity / perMilli + 1); // no overflow after long idling
            units = Math.min(capacity, units + elapsed * perMilli);
            updated = nowMillis;
        }
    }
}
