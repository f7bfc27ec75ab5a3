package network.ddd.web.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierProfile;
import network.ddd.search.SearchPage;
import network.ddd.search.Suggestion;
import network.ddd.web.config.Messages;

/** Response bodies of the supplier API and their mapping from domain values. */
public final class SupplierResponses {
    private SupplierResponses() {
    }

    public record TypeLabel(String code, String label) {
    }

    public record Summary(long id, String nameKo, String nameEn, TypeLabel type, String region, String district,
                          String address, List<String> products, boolean verified, Double distanceKm,
                          boolean approximateLocation) {
    }

    public record SuggestionLine(long id, String nameKo, String nameEn, TypeLabel type, String district) {
    }

    public record FacetValue(String value, String label, long count) {
    }

    public record SearchResult(long total, int page, int size, List<Summary> hits, Map<String, List<FacetValue>> facets,
                               List<String> terms, boolean degraded) {
    }

    public record Location(double lat, double lng) {
    }

    /** The firm that claimed the profile; {@code verified} false until the operator verified it. */
    public record Owner(long id, String name, boolean verified) {
    }

    public record Detail(long id, String nameKo, String nameEn, List<String> aliases, TypeLabel type, String brn,
                  List<String> processes, List<String> products, List<String> certifications,
                  Integer workersCount, String workersBand, String moq, Integer leadTimeDays, String country,
                  String roadAddress, String lotAddress, String region, String district, Location location,
                  boolean verified, String source, String sourceId, Instant updatedAt, long version, Owner owner) {
    }

    static SearchResult of(SearchPage page, Locale locale) {
        List<Summary> hits = page.hits().stream().map(h -> new Summary(h.id(), h.nameKo(), h.nameEn(),
                h.type() == null ? null : type(h.type().name(), locale), h.region(), h.district(), h.address(),
                h.products(), h.verified(), h.distanceKm(), h.approximateLocation())).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        page.facets().forEach((name, counts) -> facets.put(name, counts.stream()
                .map(c -> new FacetValue(c.value(), facetLabel(name, c.value(), locale), c.count()))
                .toList()));
        return new SearchResult(page.total(), page.page() + 1, page.size(), hits, facets, page.terms(),
                page.degraded());
    }

    /** Display label of a facet value: types and MOQ bands from the bundles, others as stored. */
    public static String facetLabel(String facet, String value, Locale locale) {
        return switch (facet) {
            case SearchPage.FACET_TYPE -> Messages.get(locale, "type." + value);
            case SearchPage.FACET_MOQ -> Messages.get(locale, "moq." + value);
            default -> value;
        };
    }

    static SuggestionLine of(Suggestion s, Locale locale) {
        return new SuggestionLine(s.id(), s.nameKo(), s.nameEn(), s.type() == null ? null
                : type(s.type().name(), locale), s.district());
    }

    static Detail of(SupplierDetails s, Owner owner, Locale locale) {
        SupplierProfile p = s.profile();
        return new Detail(s.id(), p.nameKo(), p.nameEn(), p.aliases(), type(p.type().name(), locale),
                p.brn() == null ? null : p.brn().formatted(), p.processes(), p.products(), p.certifications(),
                p.workforce().count(), p.workforce().band(), p.moq(), p.leadTimeDays(), p.address().country(),
                p.address().roadAddress(), p.address().lotAddress(), p.address().region(), p.address().district(),
                p.location() == null ? null : new Location(p.location().latitude(), p.location().longitude()),
                s.verified(), s.origin().source(), s.origin().sourceId(), s.updatedAt(), s.version(), owner);
    }

    private static TypeLabel type(String code, Locale locale) {
        return new TypeLabel(code, Messages.get(locale, "type." + code));
    }
}
