package network.ddd.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.directory.SupplierType;
import network.ddd.search.IndexedSupplier;
import network.ddd.search.SearchPage;
import network.ddd.search.SearchUnavailableException;
import network.ddd.search.SupplierIndex;
import network.ddd.search.SupplierQuery;
import network.ddd.search.SupplierSearch;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * Both search ports on one Elasticsearch alias. The alias is created on first use with a fixed first index name,
 * so instances starting together agree on it; a reindex builds a new index and swaps the alias atomically.
 */
@ApplicationScoped
public class ElasticsearchSupplierIndex implements SupplierIndex, SupplierSearch {
    private static final Logger LOG = Logger.getLogger(ElasticsearchSupplierIndex.class.getName());
    private static final String MAPPING = "supplier-index.json";

    @Inject
    @ConfigProperty(name = "ddd.es.url", defaultValue = "http://127.0.0.1:9200")
    String url;

    @Inject
    @ConfigProperty(name = "ddd.es.alias", defaultValue = "ddd-suppliers")
    String alias;

    @Inject
    Clock clock;

    private RestClient restClient;
    private ElasticsearchClient client;
    private volatile boolean aliasReady;

    @PostConstruct
    void connect() {
        restClient = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setConnectTimeout(1_000).setSocketTimeout(15_000))
                .build();
        ElasticsearchTransport transport = new RestClientTransport(restClient, new JacksonJsonpMapper());
        client = new ElasticsearchClient(transport);
    }

    @PreDestroy
    void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the Elasticsearch client", e);
        }
    }

    @Override
    public void apply(List<IndexedSupplier> upserts, Collection<Long> deletedIds) {
        if (upserts.isEmpty() && deletedIds.isEmpty()) {
            return;
        }
        ensureAlias();
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias);
        for (IndexedSupplier supplier : upserts) {
            bulk.operations(op -> op.index(i -> i.id(Long.toString(supplier.id()))
                    .version(supplier.version())
                    .versionType(VersionType.External)
                    .document(SupplierDocuments.toDocument(supplier))));
        }
        for (Long id : deletedIds) {
            bulk.operations(op -> op.delete(d -> d.id(Long.toString(id))));
        }
        BulkResponse response = call(() -> client.bulk(bulk.build()));
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null || item.status() == 409 || item.status() == 404) {
                    continue; // 409: the index already holds this or a newer version; 404: already deleted
                }
                if (item.status() == 429 || item.status() >= 500) {
                    throw new SearchUnavailableException("bulk item " + item.id() + " " + item.status(), null);
                }
                LOG.severe(() -> "Search index refused supplier " + item.id() + ": " + item.error().reason());
            }
        }
    }

    @Override
    public SearchPage search(SupplierQuery query) {
        ensureAlias();
        List<Query> filters = new ArrayList<>();
        if (query.type() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("type").value(query.type().name()))));
        }
        if (query.region() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("region").value(query.region()))));
        }
        if (query.district() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("district").value(query.district()))));
        }
        Query text = textQuery(query.text());
        SearchResponse<Map> response = call(() -> client.search(s -> s.index(alias)
                .query(q -> q.bool(b -> b.must(text).filter(filters)))
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("name_ko.raw").order(SortOrder.Asc).missing("_last")))
                .aggregations(SearchPage.FACET_TYPE, a -> a.terms(t -> t.field("type").size(20)))
                .aggregations(SearchPage.FACET_REGION, a -> a.terms(t -> t.field("region").size(30)))
                .aggregations(SearchPage.FACET_DISTRICT, a -> a.terms(t -> t.field("district").size(60))),
                Map.class));
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            hits.add(SupplierDocuments.toHit(hit.source()));
        }
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        response.aggregations().forEach((name, agg) -> facets.put(name, buckets(agg)));
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchPage(total, query.page(), query.size(), hits, facets);
    }

    /** Matches the analysed tokens (Korean-aware) or the standard-analysed fields; match-all without text. */
    private static Query textQuery(String text) {
        if (text == null) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        String tokens = String.join(" ", KoreanText.tokens(text));
        if (tokens.isBlank()) {
            tokens = text.toLowerCase(java.util.Locale.ROOT);
        }
        String analysed = tokens;
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.match(m -> m.field("name_tokens").query(analysed).operator(Operator.And).boost(3f)))
                .should(s -> s.match(m -> m.field("all_tokens").query(analysed).operator(Operator.And)))
                .should(s -> s.multiMatch(m -> m.query(KoreanText.nfc(text))
                        .fields("name_ko^3", "name_en^3", "aliases^2", "products", "processes", "address")
                        .type(TextQueryType.CrossFields).operator(Operator.And)))
                .minimumShouldMatch("1")));
    }

    private static List<SearchPage.FacetCount> buckets(co.elastic.clients.elasticsearch._types.aggregations.Aggregate agg) {
        List<SearchPage.FacetCount> counts = new ArrayList<>();
        if (agg.isSterms()) {
            for (StringTermsBucket bucket : agg.sterms().buckets().array()) {
                counts.add(new SearchPage.FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
        }
        return counts;
    }

    @Override
    public Reindexing startReindex() {
        throw new UnsupportedOperationException("reindex comes with the search-quality issue");
    }

    /** Creates the first index behind the alias if no index has the alias yet. */
    private void ensureAlias() {
        if (aliasReady) {
            return;
        }
        call(() -> {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String first = alias + "-v1";
                try (InputStream mapping = getClass().getResourceAsStream(MAPPING)) {
                    client.indices().create(c -> c.index(first).withJson(mapping)
                            .aliases(alias, a -> a.isWriteIndex(true)));
                    LOG.info(() -> "Created search index " + first + " behind alias " + alias);
                } catch (ElasticsearchException e) {
                    if (!"resource_already_exists_exception".equals(e.error().type())) {
                        throw e;
                    }
                }
            }
            return null;
        });
        aliasReady = true;
    }

    private <T> T call(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException(e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw new SearchUnavailableException(e.getMessage(), e);
            }
            throw e;
        } catch (UncheckedIOException e) {
            throw new SearchUnavailableException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new SearchUnavailableException(io.getMessage(), io);
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T run() throws IOException;
    }

    static FieldValue value(String s) {
        return FieldValue.of(s);
    }

    static SupplierType typeOf(Object code) {
        try {
            return code == null ? null : SupplierType.valueOf(code.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
