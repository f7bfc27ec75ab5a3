package network.ddd.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@link TokenBucket} per (client address, {@link LimitedEndpoint}), in memory.
 *
 * <p>Memory is bounded: buckets that have filled up again are dropped (a new bucket starts full, so nothing is
 * forgotten), checked at most once a minute; and the table never holds more than {@link #MAX_CLIENTS} buckets —
 * beyond that the bucket used longest ago goes first (a client spreading requests over very many addresses
 * could thus get a fresh bucket; that is the price of a bound).
 *
 * <p><b>Per instance</b>: every app instance counts on its own, so behind a load balancer with N instances a
 * client may make up to N times the limit. A shared store (database or cache) can come when that matters.
 */
@ApplicationScoped
public class RateLimiter {
    static final int MAX_CLIENTS = 10_000;
    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private Clock clock;
    private int maxClients;
    private final Map<Key, TokenBucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, TokenBucket> eldest) {
            return size() > maxClients;
        }
    };
    private long lastSweep;

    /** What a request may do: go ahead, or wait {@code retryAfterSeconds}. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
        static final Verdict GO = new Verdict(true, 0);
    }

    private record Key(String client, LimitedEndpoint group) {
    }

    protected RateLimiter() {
        // for CDI's proxy
    }

    @Inject
    public RateLimiter(Clock clock) {
        this(clock, MAX_CLIENTS);
    }

    RateLimiter(Clock clock, int maxClients) {
        this.clock = clock;
        this.maxClients = maxClients;
        this.lastSweep = clock.millis();
    }

    /** Counts one request of {@code client} to {@code group} against {@code limit}. */
    public synchronized Verdict take(String client, LimitedEndpoint group, RateLimit limit) {
        if (limit.off()) {
            return Verdict.GO;
        }
        long now = clock.millis();
        if (now - lastSweep >= SWEEP_EVERY_MILLIS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
            lastSweep = now;
        }
        long wait = buckets.computeIfAbsent(new Key(client, group), k -> new TokenBucket(limit, now)).take(now);
        return wait == 0 ? Verdict.GO : new Verdict(false, Math.max(1, (wait + 999) / 1000));
    }

    /** Buckets held now (for tests). */
    synchronized int size() {
        return buckets.size();
    }
}
