package network.ddd.web.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.MoqBand;
import network.ddd.directory.Places;
import network.ddd.directory.SupplierType;
import network.ddd.search.SupplierQuery;

/**
 * Reads the search parameters shared by the API and the search page ({@code q, type, region, district, process,
 * certification, workers, moq, near | lat+lng, km, sort, page, size}) into a {@link SupplierQuery}. A bad value is
 * a {@link BadParameterException} naming the parameter.
 *
 * <p>The facet filters ({@link #FACET_PARAMETERS}) may be repeated: {@code type=KNITTING&type=KNITWEAR} means
 * either type, and different facets must all hold. Every other parameter takes one value; given twice it is a
 * 400 naming it, rather than one of the values being picked silently.
 */
public final class SearchParameters {
    public static final double DEFAULT_RADIUS_KM = 5;
    /** Parameters that may be repeated: the values of one facet are alternatives (OR). */
    public static final List<String> FACET_PARAMETERS = List.of("type", "region", "district", "process",
            "certification", "workers", "moq");

    private SearchParameters() {
    }

    /** @param params every value of a request parameter by name (null or empty when absent) */
    public static SupplierQuery read(Function<String, List<String>> params, int defaultSize) {
        Function<String, String> param = name -> single(params, name);
        int page = BadParameterException.integer("page", param.apply("page"), 1);
        if (page < 1) {
            throw new BadParameterException("page", "error.query.page");
        }
        SupplierQuery.Near near = near(param);
        return SupplierQuery.builder()
                .text(param.apply("q"))
                .types(all(params, "type").stream().map(SearchParameters::type).toList())
                .regions(all(params, "region"))
                .districts(all(params, "district"))
                .processes(all(params, "process"))
                .certifications(all(params, "certification"))
                .workersBands(all(params, "workers"))
                .moqBands(all(params, "moq").stream().map(SearchParameters::moq).toList())
                .near(near)
                .sort(sort(param.apply("sort"), near))
                .page(page - 1)
                .size(BadParameterException.integer("size", param.apply("size"), defaultSize))
                .build();
    }

    /** The one value of a single-valued parameter (null when absent); a repeated one is a 400 naming it. */
    public static String single(Function<String, List<String>> params, String name) {
        List<String> values = params.apply(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadParameterException(name, "error.param.repeated", name);
        }
        return values.get(0);
    }

    private static List<String> all(Function<String, List<String>> params, String name) {
        List<String> values = params.apply(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static SupplierType type(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return SupplierType.ofCode(code);
        } catch (InvalidSupplierException e) {
            throw new BadParameterException("type", "error.type.unknown", code);
        }
    }

    private static String moq(String band) {
        if (band == null || band.isBlank()) {
            return null;
        }
        try {
            return MoqBand.valueOf(band.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("moq", "error.query.moq", band);
        }
    }

    private static SupplierQuery.Sort sort(String sort, SupplierQuery.Near near) {
        if (sort == null || sort.isBlank()) {
            return near != null ? SupplierQuery.Sort.DISTANCE : SupplierQuery.Sort.RELEVANCE;
        }
        try {
            return SupplierQuery.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("sort", "error.query.sort", sort);
        }
    }

    private static SupplierQuery.Near near(Function<String, String> param) {
        String place = param.apply("near");
        String lat = param.apply("lat");
        String lng = param.apply("lng");
        double km = decimal("km", param.apply("km"), DEFAULT_RADIUS_KM);
        if (place != null && !place.isBlank()) {
            Places.Place found = Places.named(place)
                    .orElseThrow(() -> new BadParameterException("near", "error.query.place", place));
            return new SupplierQuery.Near(found.centre(), km, found.name());
        }
        if (lat != null || lng != null) {
            if (lat == null || lng == null) {
                throw new BadParameterException(lat == null ? "lat" : "lng", "error.geo.incomplete");
            }
            try {
                GeoPoint point = GeoPoint.ofNullable(decimal("lat", lat, Double.NaN), decimal("lng", lng, Double.NaN));
                return new SupplierQuery.Near(point, km, null);
            } catch (InvalidSupplierException e) {
                throw new BadParameterException(e.field(), e.messageKey(), e.args());
            }
        }
        return null;
    }

    private static double decimal(String name, String value, double defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "error.param.number", name, value);
        }
    }
}
