package network.ddd.search;

import java.util.List;
import java.util.Map;
import network.ddd.directory.SupplierType;

/** One page of search hits with facet counts over the whole result. */
public record SearchPage(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public static final String FACET_TYPE = "type";
    public static final String FACET_REGION = "region";
    public static final String FACET_DISTRICT = "district";

    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One supplier in a result list: enough to show a line, not the whole profile. */
    public record Hit(long id, String nameKo, String nameEn, SupplierType type, String region, String district,
                      String address, List<String> products, boolean verified) {
        public Hit {
            products = List.copyOf(products);
        }
    }

    public record FacetCount(String value, long count) {
    }
}
