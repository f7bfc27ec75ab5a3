package network.ddd.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.SupplierType;

/**
 * What a user asks the directory: free text, facet filters, an optional place to search near, a sort, and one
 * page of the answer.
 *
 * <p>Facet filters are multi-select: the values of one facet are alternatives (type DYEING_FINISHING <em>or</em>
 * PRINTING), different facets must all hold (that type <em>and</em> district 서구). An empty list means "any";
 * blank values are dropped and duplicates removed, so the lists are never null.
 */
public record SupplierQuery(String text, List<SupplierType> types, List<String> regions, List<String> districts,
                            List<String> processes, List<String> certifications, List<String> workersBands,
                            List<String> moqBands, Near near, Sort sort, int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;
    public static final double MAX_RADIUS_KM = 500;
    /** At most this many values in one facet filter. */
    public static final int MAX_FACET_VALUES = 50;

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
        types = types == null ? List.of() : List.copyOf(new LinkedHashSet<>(types.stream().filter(Objects::nonNull)
                .toList()));
        regions = values("region", regions);
        districts = values("district", districts);
        processes = values("process", processes);
        certifications = values("certification", certifications);
        workersBands = values("workers", workersBands);
        moqBands = values("moq", moqBands);
        if (types.size() > MAX_FACET_VALUES) {
            throw new InvalidQueryException("type", "error.query.tooManyValues", "type", MAX_FACET_VALUES);
        }
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

    // Single-value views, for callers that filter on at most one value (e.g. the benchmark's query mix).

    /** The one type filtered on, or null when none; see {@link #types()} when there may be several. */
    public SupplierType type() {
        return single("type", types);
    }

    /** The one region filtered on, or null; see {@link #regions()}. */
    public String region() {
        return single("region", regions);
    }

    /** The one district filtered on, or null; see {@link #districts()}. */
    public String district() {
        return single("district", districts);
    }

    /** The one process filtered on, or null; see {@link #processes()}. */
    public String process() {
        return single("process", processes);
    }

    /** The one certification filtered on, or null; see {@link #certifications()}. */
    public String certification() {
        return single("certification", certifications);
    }

    /** The one workers band filtered on, or null; see {@link #workersBands()}. */
    public String workersBand() {
        return single("workers", workersBands);
    }

    /** The one MOQ band filtered on, or null; see {@link #moqBands()}. */
    public String moqBand() {
        return single("moq", moqBands);
    }

    private static <T> T single(String facet, List<T> values) {
        if (values.size() > 1) {
            throw new IllegalStateException(facet + " has several values " + values + ": read the list");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> values(String facet, List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            String v = blankToNull(value);
            if (v != null) {
                kept.add(v);
            }
        }
        if (kept.size() > MAX_FACET_VALUES) {
            throw new InvalidQueryException(facet, "error.query.tooManyValues", facet, MAX_FACET_VALUES);
        }
        return List.copyOf(kept);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a query from request parameters; {@link #build()} validates. The single-value setters
     * ({@code type(x)}) replace a facet's values by one (none when null); the plural ones set them all.
     */
    public static final class Builder {
        private String text;
        private List<SupplierType> types = List.of();
        private List<String> regions = List.of();
        private List<String> districts = List.of();
        private List<String> processes = List.of();
        private List<String> certifications = List.of();
        private List<String> workersBands = List.of();
        private List<String> moqBands = List.of();
        private Near near;
        private Sort sort;
        private int page;
        private int size = 20;

        public Builder text(String value) { this.text = value; return this; }
        public Builder type(SupplierType value) { this.types = one(value); return this; }
        public Builder types(Collection<SupplierType> values) { this.types = list(values); return this; }
        public Builder region(String value) { this.regions = one(value); return this; }
        public Builder regions(Collection<String> values) { this.regions = list(values); return this; }
        public Builder district(String value) { this.districts = one(value); return this; }
        public Builder districts(Collection<String> values) { this.districts = list(values); return this; }
        public Builder process(String value) { this.processes = one(value); return this; }
        public Builder processes(Collection<String> values) { this.processes = list(values); return this; }
        public Builder certification(String value) { this.certifications = one(value); return this; }
        public Builder certifications(Collection<String> values) { this.certifications = list(values); return this; }
        public Builder workersBand(String value) { this.workersBands = one(value); return this; }
        public Builder workersBands(Collection<String> values) { this.workersBands = list(values); return this; }
        public Builder moqBand(String value) { this.moqBands = one(value); return this; }
        public Builder moqBands(Collection<String> values) { this.moqBands = list(values); return this; }
        public Builder near(Near value) { this.near = value; return this; }
        public Builder sort(Sort value) { this.sort = value; return this; }
        public Builder page(int value) { this.page = value; return this; }
        public Builder size(int value) { this.size = value; return this; }

        private static <T> List<T> one(T value) {
            return value == null ? List.of() : List.of(value);
        }

        private static <T> List<T> list(Collection<T> values) {
            return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
        }

        public SupplierQuery build() {
            return new SupplierQuery(text, types, regions, districts, processes, certifications, workersBands,
                    moqBands, near, sort, page, size);
        }
    }
}
