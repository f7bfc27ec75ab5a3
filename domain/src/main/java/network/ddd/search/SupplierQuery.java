package network.ddd.search;

import network.ddd.directory.GeoPoint;
import network.ddd.directory.SupplierType;

/**
 * What a user asks the directory: free text, facet filters, an optional place to search near, a sort, and one
 * page of the answer. Blank filters mean "any".
 */
public record SupplierQuery(String text, SupplierType type, String region, String district, String process,
                            String certification, String workersBand, String moqBand, Near near, Sort sort,
                            int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;
    public static final double MAX_RADIUS_KM = 500;

    /** How hits are ordered. */
    public enum Sort { RELEVANCE, DISTANCE, RECENT }

    /** Within {@code radiusKm} of a point (or of a named place, kept for display). */
    public record Near(GeoPoint point, double radiusKm, String placeName) {
        public Near {
            if (point == null) {
                throw new InvalidQueryException("near", "error.query.near");
            }
            if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
                throw new InvalidQueryException("km", "error.query.radius", MAX_RADIUS_KM);
            }
        }
    }

    public SupplierQuery {
        text = blankToNull(text);
        region = blankToNull(region);
        district = blankToNull(district);
        process = blankToNull(process);
        certification = blankToNull(certification);
        workersBand = blankToNull(workersBand);
        moqBand = blankToNull(moqBand);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (sort == Sort.DISTANCE && near == null) {
            throw new InvalidQueryException("sort", "error.query.sortDistance");
        }
        if (page < 0) {
            throw new InvalidQueryException("page", "error.query.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size", "error.query.size", MAX_SIZE);
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidQueryException("q", "error.query.tooLong", MAX_TEXT);
        }
        if ((long) (page + 1) * size > 10_000) {
            throw new InvalidQueryException("page", "error.query.tooDeep");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query from request parameters; {@link #build()} validates. */
    public static final class Builder {
        private String text;
        private SupplierType type;
        private String region;
        private String district;
        private String process;
        private String certification;
        private String workersBand;
        private String moqBand;
        private Near near;
        private Sort sort;
        private int page;
        private int size = 20;

        public Builder text(String value) { this.text = value; return this; }
        public Builder type(SupplierType value) { this.type = value; return this; }
        public Builder region(String value) { this.region = value; return this; }
        public Builder district(String value) { this.district = value; return this; }
        public Builder process(String value) { this.process = value; return this; }
        public Builder certification(String value) { this.certification = value; return this; }
        public Builder workersBand(String value) { this.workersBand = value; return this; }
        public Builder moqBand(String value) { this.moqBand = value; return this; }
        public Builder near(Near value) { this.near = value; return this; }
        public Builder sort(Sort value) { this.sort = value; return this; }
        public Builder page(int value) { this.page = value; return this; }
        public Builder size(int value) { this.size = value; return this; }

        public SupplierQuery build() {
            return new SupplierQuery(text, type, region, district, process, certification, workersBand, moqBand,
                    near, sort, page, size);
        }
    }
}
