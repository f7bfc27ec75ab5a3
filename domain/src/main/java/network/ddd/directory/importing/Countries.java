package network.ddd.directory.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a country as contributors write it ("CHINA", "China", "CN", "USA", "Korea, Republic of") and gives its
 * ISO 3166-1 alpha-2 code. Names come from the JDK's own country list, plus the usual informal spellings.
 */
final class Countries {
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale locale = Locale.of("", code);
            CODES.put(key(code), code);
            CODES.put(key(locale.getISO3Country()), code);
            CODES.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
            CODES.put(key(locale.getDisplayCountry(Locale.KOREAN)), code);
        }
        alias("KR", "Korea", "Korea, Republic of", "Republic of Korea", "South Korea", "대한민국", "한국", "ROK");
        alias("US", "USA", "United States of America", "U.S.A.", "U.S.", "America");
        alias("GB", "UK", "U.K.", "Great Britain", "England");
        alias("AE", "UAE", "U.A.E.");
        alias("TW", "Taiwan", "Taiwan, Province of China", "Chinese Taipei");
        alias("VN", "Viet Nam", "Vietnam");
        alias("CN", "PRC", "P.R. China", "People's Republic of China", "Mainland China");
        alias("HK", "Hong Kong", "Hongkong");
        alias("TR", "Turkey", "Türkiye", "Turkiye");
        alias("CZ", "Czech Republic", "Czechia");
        alias("RU", "Russia", "Russian Federation");
        alias("MM", "Burma", "Myanmar");
        alias("KH", "Kampuchea", "Cambodia");
    }

    private Countries() {
    }

    private static void alias(String code, String... names) {
        for (String name : names) {
            CODES.put(key(name), code);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The ISO code, or {@code null} if the text names no known country. */
    static String codeOf(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return CODES.get(key(written));
    }
}
