package network.ddd.directory;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimum-order ranges for the search facet. MOQ is written freely (30벌, 1,000야드, 300kg); the band reads its
 * leading quantity whatever the unit — coarse, but it separates one-off workshops from mass producers.
 */
public enum MoqBand {
    UP_TO_50(50), UP_TO_300(300), UP_TO_1000(1000), OVER_1000(Long.MAX_VALUE);

    private static final Pattern QUANTITY = Pattern.compile("(\\d[\\d,]*)");
    private final long upper;

    MoqBand(long upper) {
        this.upper = upper;
    }

    public static Optional<MoqBand> of(String moq) {
        if (moq == null) {
            return Optional.empty();
        }
        Matcher m = QUANTITY.matcher(moq);
        if (!m.find()) {
            return Optional.empty();
        }
        long quantity;
        try {
            quantity = Long.parseLong(m.group(1).replace(",", ""));
        } catch (NumberFormatException e) {
            return Optional.of(OVER_1000);
        }
        for (MoqBand band : values()) {
            if (quantity <= band.upper) {
                return Optional.of(band);
            }
        }
        return Optional.of(OVER_1000);
    }
}
