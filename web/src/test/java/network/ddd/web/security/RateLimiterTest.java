package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The token bucket and its table, on a clock the test moves by hand. */
class RateLimiterTest {
    static final RateLimit TEN_A_MINUTE = new RateLimit(10, 10);

    /** A clock that stands still until told to move. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final HandClock clock = new HandClock();
    final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void aBurstPassesThenTheNextRequestWaitsForOneToken() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.take("198.51.100.7", LimitedEndpoint.SIGN_IN, TEN_A_MINUTE).allowed()).isTrue();
        }
        RateLimiter.Verdict refused = limiter.take("198.51.100.7", LimitedEndpoint.SIGN_IN, TEN_A_MINUTE);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).as("one token every 6 s").isEqualTo(6);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        for (int i = 0; i < 10; i++) {
            limiter.take("198.51.100.7", LimitedEndpoint.CLAIM, TEN_A_MINUTE);
        }
        clock.advance(Duration.ofSeconds(5));
        RateLimiter.Verdict early = limiter.take("198.51.100.7", LimitedEndpoint.CLAIM, TEN_A_MINUTE);
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.take("198.51.100.7", LimitedEndpoint.CLAIM, TEN_A_MINUTE).allowed()).isTrue();
        assertThat(limiter.take("198.51.100.7", LimitedEndpoint.CLAIM, TEN_A_MINUTE).allowed()).isFalse();

        clock.advance(Duration.ofHours(1));
        int passed = 0;
        while (limiter.take("198.51.100.7", LimitedEndpoint.CLAIM, TEN_A_MINUTE).allowed()) {
            passed++;
        }
        assertThat(passed).as("an idle hour refills only up to the burst").isEqualTo(10);
    }

    @Test
    void eachClientAndEachGroupHasItsOwnBucket() {
        RateLimit one = new RateLimit(1, 1);
        assertThat(limiter.take("198.51.100.7", LimitedEndpoint.SIGN_IN, one).allowed()).isTrue();
        assertThat(limiter.take("198.51.100.7", LimitedEndpoint.SIGN_IN, one).allowed()).isFalse();
        assertThat(limiter.take("198.51.100.8", LimitedEndpoint.SIGN_IN, one).allowed()).isTrue();
        assertThat(limiter.take("198.51.100.7", LimitedEndpoint.REGISTRATION, one).allowed()).isTrue();
    }

    @Test
    void aBurstLargerThanTheRateIsAllowedAtOnce() {
        RateLimit slowButBursty = new RateLimit(2, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.take("c", LimitedEndpoint.INVITATION, slowButBursty).allowed()).isTrue();
        }
        RateLimiter.Verdict refused = limiter.take("c", LimitedEndpoint.INVITATION, slowButBursty);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void aLimitOfZeroPerMinuteIsNoLimit() {
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.take("c", LimitedEndpoint.SIGN_IN, new RateLimit(0, 0)).allowed()).isTrue();
        }
        assertThat(limiter.size()).isZero();
    }

    @Test
    void idleBucketsAreForgottenOnceFullAgain() {
        limiter.take("a", LimitedEndpoint.SIGN_IN, TEN_A_MINUTE);
        limiter.take("b", LimitedEndpoint.SIGN_IN, TEN_A_MINUTE);
        assertThat(limiter.size()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(59));
        limiter.take("a", LimitedEndpoint.SIGN_IN, TEN_A_MINUTE);
        assertThat(limiter.size()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2)); // b full again (and swept); a took a token 2 s ago
        limiter.take("c", LimitedEndpoint.SIGN_IN, TEN_A_MINUTE);
        assertThat(limiter.size()).isEqualTo(2);
    }

    @Test
    void theTableNeverHoldsMoreThanItsCapLeastRecentlyUsedGoFirst() {
        RateLimiter small = new RateLimiter(clock, 3);
        RateLimit one = new RateLimit(1, 1);
        small.take("a", LimitedEndpoint.SIGN_IN, one);
        small.take("b", LimitedEndpoint.SIGN_IN, one);
        small.take("c", LimitedEndpoint.SIGN_IN, one);
        assertThat(small.take("a", LimitedEndpoint.SIGN_IN, one).allowed()).as("a used again: kept").isFalse();
        small.take("d", LimitedEndpoint.SIGN_IN, one);
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.take("a", LimitedEndpoint.SIGN_IN, one).allowed()).as("a still counted").isFalse();
        assertThat(small.take("b", LimitedEndpoint.SIGN_IN, one).allowed()).as("b evicted: starts afresh").isTrue();
    }
}
