package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The URL's search parameters, each with its values in order (facets may have several). */
    private final Map<String, List<String>> params = new LinkedHashMap<>();
    private SearchPage result;
    private String problemKey;
    private Object[] problemArgs = {};

    /** f:viewAction: reads the URL's parameters and runs the search. */
    public void load() {
        Map<String, String[]> request = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap();
        for (String name : PARAMETERS) {
            String[] values = request.get(name);
            if (values != null) {
                List<String> kept = Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip)
                        .distinct().toList();
                if (!kept.isEmpty()) {
                    params.put(name, kept);
                }
            }
        }
        try {
            result = directory.search(SearchParameters.read(params::get, PAGE_SIZE));
        } catch (DomainException e) {
            problemKey = e.messageKey();
            problemArgs = e.args();
        }
    }

    /** The first value of a parameter (null when absent). */
    public String param(String name) {
        List<String> values = params.get(name);
        return values == null ? null : values.get(0);
    }

    /** Every value of a parameter, for the facet filters kept in the search form. */
    public List<String> values(String name) {
        return params.getOrDefault(name, List.of());
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
        return value != null && values(facet).contains(value);
    }

    /**
     * This search with one facet value added (or, if already chosen, removed), from page 1. Values of one facet
     * are alternatives, so choosing a second type widens the search to both types.
     */
    public String toggleUrl(String name, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        List<String> chosen = new ArrayList<>(values(name));
        if (value == null) {
            chosen.clear();
        } else if (!chosen.remove(value)) {
            chosen.add(value);
        }
        if (chosen.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, chosen);
        }
        next.remove("page");
        return url(next);
    }

    public String sortUrl(String sort) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put("sort", List.of(sort));
        next.remove("page");
        return url(next);
    }

    public String getSort() {
        String sort = param("sort");
        return result == null ? "RELEVANCE" : (sort != null ? sort : params.containsKey("near") ? "DISTANCE"
                : "RELEVANCE").toUpperCase(java.util.Locale.ROOT);
    }

    public String clearUrl() {
        Map<String, List<String>> next = new LinkedHashMap<>();
        if (params.containsKey("q")) {
            next.put("q", params.get("q"));
        }
        return url(next);
    }

    public String pageUrl(int number) {
        Map<String, List<String>> next = new LinkedHashMap<>(params);
        next.put("page", List.of(Integer.toString(number)));
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
        String asked = param("km");
        if (asked != null && !choices.contains(asked)) {
            choices.add(asked);
        }
        return choices;
    }

    public boolean isNearKnown() {
        return params.containsKey("near") && Places.named(param("near")).isPresent();
    }

    public String highlight(String text) {
        return Highlighter.highlight(text, result == null ? List.of() : result.terms());
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static String url(Map<String, List<String>> params) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("?");
        params.forEach((k, values) -> values.forEach(v -> {
            if (v != null && !v.isBlank()) {
                query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }));
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
        return param("q");
    }
}
