package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import network.ddd.directory.Places;
import network.ddd.directory.SupplierDirectory;
import network.ddd.platform.DomainException;
import network.ddd.search.SearchPage;
import network.ddd.search.SupplierQuery;
import network.ddd.web.api.SearchParameters;
import network.ddd.web.api.SupplierResponses;

/**
 * The search page. Every search is a GET URL ({@code ?q=염색&type=DYEING_FINISHING&near=창신동&km=3}): it works
 * without JavaScript, can be shared by message, and the back button does what people expect. The parameters are
 * the API's (see {@link SearchParameters}).
 */
@Named
@RequestScoped
public class SearchView {
    static final int PAGE_SIZE = 20;
    static final List<String> PARAMETERS = List.of("q", "type", "region", "district", "process", "certification",
            "workers", "moq", "near", "km", "sort", "page");
    /** Places offered in the "near" list: the markets and workshop quarters buyers know. */
    static final List<String> NEAR_CHOICES = List.of("동대문", "창신동", "신당동", "을지로", "평화시장", "성수동",
            "장위동", "서구(대구)", "달서구", "안산시");

    @Inject
    SupplierDirectory directory;

    @Inject
    LocaleBean locale;

    private final Map<String, String> params = new LinkedHashMap<>();
    private SearchPage result;
    private String problemKey;
    private Object[] problemArgs = {};

    /** f:viewAction: reads the URL's parameters and runs the search. */
    public void load() {
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (String name : PARAMETERS) {
            String value = request.get(name);
            if (value != null && !value.isBlank()) {
                params.put(name, value.strip());
            }
        }
        try {
            result = directory.search(SearchParameters.read(params::get, PAGE_SIZE));
        } catch (DomainException e) {
            problemKey = e.messageKey();
            problemArgs = e.args();
        }
    }

    public String param(String name) {
        return params.get(name);
    }

    public List<SearchPage.FacetCount> facet(String name) {
        return result == null ? List.of() : result.facets().getOrDefault(name, List.of());
    }

    public List<String> getFacetNames() {
        return SearchPage.FACETS;
    }

    public String facetLabel(String facet, String value) {
        return SupplierResponses.facetLabel(facet, value, locale.getLocale());
    }

    public boolean isFiltered() {
        return SearchPage.FACETS.stream().anyMatch(params::containsKey) || params.containsKey("near");
    }

    public boolean isSelected(String facet, String value) {
        return value != null && value.equals(params.get(facet));
    }

    /** This search with one parameter set (or, if already set to that value, removed), from page 1. */
    public String toggleUrl(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(params);
        if (value == null || value.equals(next.get(name))) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        next.remove("page");
        return url(next);
    }

    public String sortUrl(String sort) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put("sort", sort);
        next.remove("page");
        return url(next);
    }

    public String getSort() {
        return result == null ? "RELEVANCE" : params.getOrDefault("sort", params.containsKey("near") ? "DISTANCE"
                : "RELEVANCE").toUpperCase(java.util.Locale.ROOT);
    }

    public String clearUrl() {
        Map<String, String> next = new LinkedHashMap<>();
        if (params.containsKey("q")) {
            next.put("q", params.get("q"));
        }
        return url(next);
    }

    public String pageUrl(int number) {
        Map<String, String> next = new LinkedHashMap<>(params);
        next.put("page", Integer.toString(number));
        return url(next);
    }

    public int getPage() {
        return result == null ? 1 : result.page() + 1;
    }

    public int getPageCount() {
        return result == null ? 0 : (int) Math.min(10_000 / PAGE_SIZE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<String> getNearChoices() {
        return NEAR_CHOICES;
    }

    /** Radii offered; a radius given in the URL that is not among them is offered too, so it shows as chosen. */
    public List<String> getRadiusChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of("1", "3", "5", "10", "30"));
        String asked = params.get("km");
        if (asked != null && !choices.contains(asked)) {
            choices.add(asked);
        }
        return choices;
    }

    public boolean isNearKnown() {
        return params.containsKey("near") && Places.named(params.get("near")).isPresent();
    }

    public String highlight(String text) {
        return Highlighter.highlight(text, result == null ? List.of() : result.terms());
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
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

    public String getProblemKey() {
        return problemKey;
    }

    public String getProblemMessage() {
        return problemKey == null ? null : network.ddd.web.config.Messages.get(locale.getLocale(), problemKey,
                problemArgs);
    }

    public String getQ() {
        return params.get("q");
    }
}
