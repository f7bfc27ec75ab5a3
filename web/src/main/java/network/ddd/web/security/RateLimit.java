package network.ddd.web.security;

/**
 * How many requests one client may make to one {@link LimitedEndpoint} group: {@code perMinute} on average,
 * {@code burst} at once. {@code perMinute} 0 switches the group's limit off.
 */
public record RateLimit(int perMinute, int burst) {
    public RateLimit {
        if (perMinute < 0 || burst < 0 || (perMinute > 0 && burst < 1)) {
            throw new IllegalArgumentException("rate limit needs perMinute >= 0 and burst >= 1: " + perMinute
                    + "/" + burst);
        }
    }

    public boolean off() {
        return perMinute == 0;
    }
}
