package network.ddd.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import network.ddd.directory.SupplierType;

/**
 * One page of search hits with facet counts over the whole result. {@code terms} are the analysed words of the
 * query (with their trade-vocabulary equivalents) so the pages can highlight them; {@code degraded} says the
 * answer came from the simpler database search because the search server is down.
 */
public record SearchPage(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
                         List<String> terms, boolean degraded) {
    public static final String FACET_TYPE = "type";
    public static final String FACET_REGION = "region";
    public static final String FACET_DISTRICT = "district";
    public static final String FACET_PROCESS = "process";
    public static final String FACET_CERTIFICATION = "certification";
    public static final String FACET_WORKERS = "workers";
    public static final String FACET_MOQ = "moq";
    public static final List<String> FACETS = List.of(FACET_TYPE, FACET_REGION, FACET_DISTRICT, FACET_PROCESS,
            FACET_CERTIFICATION, FACET_WORKERS, FACET_MOQ);

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        terms = List.copyOf(terms);
    }

    /**
     * One supplier in a result list: enough to show a line, not the whole profile. {@code distanceKm} is set when
     * the query searched near a place; {@code approximateLocation} when the supplier's position is its
     * district's centre.
     */
    public record Hit(long id, String nameKo, String nameEn, SupplierType type, String region, String district,
                      String address, List<String> products, boolean verified, Double distanceKm,
                      boolean approximateLocation, Instant updatedAt) {
        public Hit {
            products = List.copyOf(products);
        }
    }

    public record FacetCount(String value, long count) {
    }
}
