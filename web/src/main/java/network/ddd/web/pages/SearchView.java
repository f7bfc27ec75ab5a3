package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierType;
import network.ddd.platform.DomainException;
import network.ddd.search.SearchPage;
import network.ddd.search.SearchUnavailableException;
import network.ddd.search.SupplierQuery;

/**
 * The search page. Every search is a GET URL ({@code ?q=염색&type=DYEING_FINISHING&page=2}): it works without
 * JavaScript, can be shared by message, and the back button does what people expect.
 */
@Named
@RequestScoped
public class SearchView {
    static final int PAGE_SIZE = 20;
    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());

    @Inject
    SupplierDirectory directory;

    private String q;
    private String type;
    private String region;
    private String district;
    private int page = 1;

    private SearchPage result;
    private boolean unavailable;
    private String problemKey;

    /** f:viewAction: runs the search for the URL's parameters. */
    public void load() {
        SupplierType supplierType = null;
        if (type != null && !type.isBlank()) {
            try {
                supplierType = SupplierType.ofCode(type);
            } catch (InvalidSupplierException e) {
                type = null;
            }
        }
        try {
            result = directory.search(new SupplierQuery(q, supplierType, region, district, Math.max(0, page - 1),
                    PAGE_SIZE));
        } catch (SearchUnavailableException e) {
            LOG.log(Level.WARNING, "search unavailable: {0}", e.getMessage());
            unavailable = true;
        } catch (DomainException e) {
            problemKey = e.messageKey();
        }
    }

    public List<SearchPage.FacetCount> facet(String name) {
        return result == null ? List.of() : result.facets().getOrDefault(name, List.of());
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public boolean isFiltered() {
        return type != null && !type.isBlank() || region != null && !region.isBlank()
                || district != null && !district.isBlank();
    }

    public boolean isSelected(String facet, String value) {
        return value != null && value.equals(current().get(facet));
    }

    /** The URL of this search with one facet set (or, if already set to that value, removed). */
    public String facetUrl(String facet, String value) {
        Map<String, String> params = current();
        if (value.equals(params.get(facet))) {
            params.remove(facet);
        } else {
            params.put(facet, value);
        }
        params.remove("page");
        return url(params);
    }

    public String clearUrl() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        return url(params);
    }

    public String pageUrl(int number) {
        Map<String, String> params = current();
        params.put("page", Integer.toString(number));
        return url(params);
    }

    public int getPageCount() {
        return result == null ? 0 : (int) Math.min(500, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private Map<String, String> current() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.put("region", region);
        params.put("district", district);
        params.put("page", page > 1 ? Integer.toString(page) : null);
        params.values().removeIf(v -> v == null || v.isBlank());
        return params;
    }

    private static String url(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("?");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    public SearchPage getResult() {
        return result;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
