package network.ddd.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import network.ddd.search.SearchPage;
import network.ddd.search.SupplierQuery;

/**
 * Turns a {@link SupplierQuery} into one Elasticsearch request. Ranking: an exact name (however punctuated, with
 * or without legal form) first, then names starting with the text, then all words found in the name, then all
 * words found anywhere (with the trade vocabulary), and last typo-tolerant matches — so a typo never drowns an
 * exact hit.
 */
final class SupplierQueries {
    /** Generic words that say nothing about what a supplier does: 염색공장 means 염색. */
    private static final Set<String> GENERIC = Set.of("공장", "업체", "회사", "제조", "제조업", "업", "factory",
            "company", "manufacturer", "maker", "supplier");

    private SupplierQueries() {
    }

    /** The analysed query words used for matching and highlighting. */
    static List<String> terms(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> tokens = new LinkedHashSet<>(KoreanText.tokens(KoreanText.withoutLegalForm(text)));
        Set<String> meaningful = new LinkedHashSet<>(tokens);
        meaningful.removeAll(GENERIC);
        // MIXED analysis also emits the compound itself (염색공장) besides its parts: the parts carry the meaning
        meaningful.removeIf(t -> lengthOfParts(t, tokens) >= t.length());
        return List.copyOf(meaningful.isEmpty() ? tokens : meaningful);
    }

    private static int lengthOfParts(String token, Set<String> tokens) {
        return tokens.stream().filter(o -> !o.equals(token) && token.contains(o)).mapToInt(String::length).sum();
    }

    /** Below this many hits the words as typed found, the search is run again tolerating typos. */
    static final int FEW_HITS = 5;

    /**
     * The first request for a query: the words as typed (exact name, prefix, words in the name or anywhere). Typo
     * tolerance costs a third of the server's time per query and is only needed when these find little.
     */
    static SearchRequest request(String index, SupplierQuery q) {
        return request(index, q, false);
    }

    /** True when the first request found so little that a typo-tolerant one must follow. */
    static boolean worthTypoTolerance(SupplierQuery q, long hits) {
        return hits < FEW_HITS && q.text() != null && !KoreanText.isInitialsOnly(q.text());
    }

    /** The second request: the first one's clauses plus the typo-tolerant ones, ranked below them. */
    static SearchRequest typoTolerantRequest(String index, SupplierQuery q) {
        return request(index, q, true);
    }

    /** A facet of the answer: its name in {@link SearchPage}, the field it counts, how many values it shows. */
    private record Facet(String name, String field, int size) {
    }

    private static final List<Facet> FACETS = List.of(
            new Facet(SearchPage.FACET_TYPE, "type", 20),
            new Facet(SearchPage.FACET_REGION, "region", 30),
            new Facet(SearchPage.FACET_DISTRICT, "district", 60),
            new Facet(SearchPage.FACET_PROCESS, "processes.raw", 15),
            new Facet(SearchPage.FACET_CERTIFICATION, "certifications", 15),
            new Facet(SearchPage.FACET_WORKERS, "workers_band", 10),
            new Facet(SearchPage.FACET_MOQ, "moq_band", 10));

    /** Name of the terms aggregation inside a facet's filter aggregation. */
    static final String FACET_VALUES = "values";

    /**
     * Facets are multi-select: the chosen values filter the hits (a post filter), but each facet counts its values
     * under the other facets' choices only, so a user who picked 염색·가공 still sees how many 나염 firms there are
     * and can add them.
     */
    private static SearchRequest request(String index, SupplierQuery q, boolean typos) {
        Map<String, Query> chosen = facetFilters(q);
        List<Query> filters = new ArrayList<>();
        if (q.near() != null) {
            filters.add(Query.of(f -> f.geoDistance(g -> g.field("location")
                    .distance(q.near().radiusKm() + "km")
                    .location(location(q)))));
        }
        List<String> terms = terms(q.text());
        Query text = textQuery(q.text(), terms, typos);
        SearchRequest.Builder request = new SearchRequest.Builder().index(index)
                .query(b -> b.bool(bool -> bool.must(text).filter(filters)))
                .from(q.page() * q.size())
                .size(q.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(SupplierDocuments.HIT_FIELDS)));
        if (!chosen.isEmpty()) {
            request.postFilter(p -> p.bool(b -> b.filter(List.copyOf(chosen.values()))));
        }
        for (SortOptions sort : sorts(q)) {
            request.sort(sort);
        }
        for (Facet facet : FACETS) {
            List<Query> others = new ArrayList<>();
            chosen.forEach((name, filter) -> {
                if (!name.equals(facet.name())) {
                    others.add(filter);
                }
            });
            if (others.isEmpty()) {
                request.aggregations(facet.name(), a -> a.terms(t -> t.field(facet.field()).size(facet.size())));
            } else {
                request.aggregations(facet.name(), a -> a.filter(f -> f.bool(b -> b.filter(others)))
                        .aggregations(FACET_VALUES, v -> v.terms(t -> t.field(facet.field()).size(facet.size()))));
            }
        }
        return request.build();
    }

    /** The chosen values of each facet as one filter (values of one facet are alternatives), by facet name. */
    static Map<String, Query> facetFilters(SupplierQuery q) {
        Map<String, Query> filters = new LinkedHashMap<>();
        anyOf(filters, SearchPage.FACET_TYPE, "type", q.types().stream().map(Enum::name).toList());
        anyOf(filters, SearchPage.FACET_REGION, "region", q.regions());
        anyOf(filters, SearchPage.FACET_DISTRICT, "district", q.districts());
        anyOf(filters, SearchPage.FACET_PROCESS, "processes.raw", q.processes());
        anyOf(filters, SearchPage.FACET_CERTIFICATION, "certifications", q.certifications());
        anyOf(filters, SearchPage.FACET_WORKERS, "workers_band", q.workersBands());
        anyOf(filters, SearchPage.FACET_MOQ, "moq_band", q.moqBands());
        return filters;
    }

    private static GeoLocation location(SupplierQuery q) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(q.near().point().latitude())
                .lon(q.near().point().longitude())));
    }

    /** One facet's values are alternatives (OR); each facet is a filter of its own, so facets combine with AND. */
    private static void anyOf(Map<String, Query> filters, String facet, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.put(facet, Query.of(f -> f.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }

    private static List<SortOptions> sorts(SupplierQuery q) {
        List<SortOptions> sorts = new ArrayList<>();
        switch (q.sort()) {
            case DISTANCE -> sorts.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(location(q)).order(SortOrder.Asc))));
            case RECENT -> sorts.add(SortOptions.of(s -> s.field(f -> f.field("updated_at").order(SortOrder.Desc))));
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("name_ko.raw").order(SortOrder.Asc).missing("_last"))));
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sorts;
    }

    static Query textQuery(String text, List<String> terms, boolean typos) {
        if (text == null) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (KoreanText.isInitialsOnly(text)) {
            String initials = text.replaceAll("\\s", "");
            return Query.of(q -> q.bool(b -> b
                    .should(s -> s.term(t -> t.field("name_initials").value(initials).boost(5f)))
                    .should(s -> s.prefix(p -> p.field("name_initials").value(initials)))
                    .minimumShouldMatch("1")));
        }
        String compact = KoreanText.compact(text);
        String words = terms.isEmpty() ? text.toLowerCase(Locale.ROOT) : String.join(" ", terms);
        List<String> nameTerms = terms.isEmpty() ? List.of(words) : terms;
        return Query.of(q -> q.bool(b -> {
            if (!compact.isEmpty()) {
                b.should(s -> s.term(t -> t.field("name_compact").value(compact).boost(20f)));
                if (compact.length() >= 2) {
                    b.should(s -> s.prefix(p -> p.field("name_compact").value(compact).boost(8f)));
                }
            }
            b.should(s -> s.bool(names -> { // every word in the name, in Korean or English (printing → 나염)
                for (String term : nameTerms) {
                    String alternatives = String.join(" ", KoreanText.expand(Set.of(term)));
                    names.must(m -> m.match(mm -> mm.field("name_tokens").query(alternatives)));
                }
                return names.boost(6f);
            }));
            b.should(s -> s.match(m -> m.field("all_tokens").query(words).operator(Operator.And).boost(3f)));
            if (typos) {
                b.should(s -> s.match(m -> m.field("all_tokens").query(words).operator(Operator.And)
                        .fuzziness("AUTO").prefixLength(1).boost(0.5f)));
                // Korean compared jamo by jamo (염샥 ≈ 염색), the whole name or word by word
                String jamoName = KoreanText.jamo(compact);
                if (jamoName.length() >= 3) {
                    b.should(s -> s.fuzzy(f -> f.field("name_jamo").value(jamoName).fuzziness("AUTO")
                            .prefixLength(1).boost(1f)));
                }
                String jamoWords = String.join(" ", nameTerms.stream().map(KoreanText::jamo).toList());
                b.should(s -> s.match(m -> m.field("name_jamo").query(jamoWords).operator(Operator.And)
                        .fuzziness("AUTO").prefixLength(1).boost(0.5f)));
            }
            b.should(s -> s.multiMatch(m -> m.query(KoreanText.normalize(text))
                    .fields("name_ko", "name_en", "aliases", "products", "processes", "address")
                    .type(TextQueryType.CrossFields).operator(Operator.And)));
            return b.minimumShouldMatch("1");
        }));
    }
}
