package network.ddd.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web security settings (MicroProfile Config, so also environment variables), with defaults for the embedded
 * setup on {@code http://localhost}:
 * <ul>
 * <li>{@code ddd.secure-cookies} ({@code DDD_SECURE_COOKIES}, default false): mark the session cookie
 * {@code Secure} on every answer. Off, it is still {@code Secure} on requests that arrive over HTTPS; turn it on
 * behind a proxy that ends TLS, where the app itself sees plain HTTP.</li>
 * <li>{@code ddd.trusted-proxies} ({@code DDD_TRUSTED_PROXIES}, default none): proxies whose
 * {@code X-Forwarded-For} names the client ({@link ClientAddress}).</li>
 * <li>{@code ddd.rate-limit.<group>.per-minute} and {@code .burst} for each {@link LimitedEndpoint}
 * ({@code DDD_RATE_LIMIT_SIGN_IN_PER_MINUTE}, {@code DDD_RATE_LIMIT_SIGN_IN_BURST} …; per-minute 0 = no limit).</li>
 * </ul>
 */
@ApplicationScoped
public class SecuritySettings {
    @Inject
    @ConfigProperty(name = "ddd.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    @Inject
    @ConfigProperty(name = "ddd.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    Config config;

    private ClientAddress clientAddress;
    private final Map<LimitedEndpoint, RateLimit> limits = new EnumMap<>(LimitedEndpoint.class);

    @PostConstruct
    void read() {
        clientAddress = ClientAddress.trusting(trustedProxies.orElse(""));
        for (LimitedEndpoint group : LimitedEndpoint.values()) {
            String prefix = "ddd.rate-limit." + group.key() + ".";
            int perMinute = config.getOptionalValue(prefix + "per-minute", Integer.class)
                    .orElse(group.defaultLimit().perMinute());
            int burst = config.getOptionalValue(prefix + "burst", Integer.class).orElse(Math.max(1, perMinute));
            limits.put(group, new RateLimit(perMinute, burst));
        }
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    public ClientAddress clientAddress() {
        return clientAddress;
    }

    public RateLimit limit(LimitedEndpoint group) {
        return limits.get(group);
    }
}
