package network.ddd.directory;

import static network.ddd.directory.Texts.clean;

/** How many people work there: an exact count, a band as the register gives it (e.g. "10~49명"), or both. */
public record Workforce(Integer count, String band) {
    public static final Workforce UNKNOWN = new Workforce(null, null);

    public Workforce {
        if (count != null && count < 0) {
            throw new InvalidSupplierException("workers", "error.workers.negative", count);
        }
        band = clean(band, 32, "workers_band");
        if (band == null && count != null) {
            band = bandOf(count);
        }
    }

    /** The register's bands, so counts and bands facet together. */
    public static String bandOf(int count) {
        if (count < 10) {
            return "1~9명";
        } else if (count < 50) {
            return "10~49명";
        } else if (count < 100) {
            return "50~99명";
        } else if (count < 300) {
            return "100~299명";
        }
        return "300명 이상";
    }

    /** Reads "19", "10~49", "10~49명" or "10-49". */
    public static Workforce parse(String text) {
        String value = clean(text);
        if (value == null) {
            return UNKNOWN;
        }
        if (value.matches("\\d+")) {
            return new Workforce(Integer.valueOf(value), null);
        }
        if (value.matches("\\d+\\s*[~\\-]\\s*\\d+\\s*명?") || value.matches("\\d+\\s*명\\s*이상")) {
            String band = value.replaceAll("\\s", "").replace('-', '~');
            if (band.endsWith("이상")) {
                return new Workforce(null, band.replace("명이상", "명 이상"));
            }
            return new Workforce(null, band.endsWith("명") ? band : band + "명");
        }
        throw new InvalidSupplierException("workers", "error.workers.format", value);
    }
}
