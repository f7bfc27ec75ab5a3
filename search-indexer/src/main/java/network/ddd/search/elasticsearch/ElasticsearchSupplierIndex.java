package network.ddd.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.Places;
import network.ddd.directory.SupplierType;
import network.ddd.search.IndexedSupplier;
import network.ddd.search.SearchPage;
import network.ddd.search.SearchUnavailableException;
import network.ddd.search.Suggestion;
import network.ddd.search.SupplierIndex;
import network.ddd.search.SupplierQuery;
import network.ddd.search.SupplierSearch;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/**
 * Both search ports on one Elasticsearch alias ({@code ddd-suppliers}). The first index is created on first use
 * with a fixed name, so instances starting together agree on it. A rebuild fills a new index while a second
 * alias ({@code ddd-suppliers-next}) makes every live write land in both, then swaps the read alias atomically:
 * no search fails and no change is lost during a reindex. All of this state lives in Elasticsearch, none in one
 * JVM.
 */
@ApplicationScoped
public class ElasticsearchSupplierIndex implements SupplierIndex, SupplierSearch {
    private static final Logger LOG = Logger.getLogger(ElasticsearchSupplierIndex.class.getName());
    private static final String MAPPING = "supplier-index.json";
    private static final long PENDING_CACHE_MILLIS = 1_000;
    private static final int BULKS_IN_FLIGHT = 2;

    @Inject
    @ConfigProperty(name = "ddd.es.url", defaultValue = "http://127.0.0.1:9200")
    String url;

    @Inject
    @ConfigProperty(name = "ddd.es.alias", defaultValue = "ddd-suppliers")
    String alias;

    /** Connections kept open to Elasticsearch: at least the requests served at once (the client's default is 10). */
    @Inject
    @ConfigProperty(name = "ddd.es.connections", defaultValue = "64")
    int connections;

    @Inject
    Clock clock;

    private RestClient restClient;
    private ElasticsearchClient client;
    private ElasticsearchAsyncClient asyncClient;
    private volatile boolean aliasReady;
    private volatile List<String> pendingIndices = List.of();
    private volatile long pendingCheckedAt;

    @PostConstruct
    void connect() {
        restClient = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setConnectTimeout(1_000).setSocketTimeout(30_000))
                .setHttpClientConfigCallback(h -> h.setMaxConnPerRoute(connections).setMaxConnTotal(connections))
                .build();
        RestClientTransport transport = new RestClientTransport(restClient, new JacksonJsonpMapper());
        client = new ElasticsearchClient(transport);
        asyncClient = new ElasticsearchAsyncClient(transport);
    }

    @PreDestroy
    void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the Elasticsearch client", e);
        }
    }

    private String pendingAlias() {
        return alias + "-next";
    }

    // ------------------------------------------------------------------ writes

    @Override
    public void apply(List<IndexedSupplier> upserts, Collection<Long> deletedIds) {
        if (upserts.isEmpty() && deletedIds.isEmpty()) {
            return;
        }
        ensureAlias();
        List<String> targets = new ArrayList<>();
        targets.add(alias);
        targets.addAll(pendingIndices());
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (String target : targets) {
            for (IndexedSupplier supplier : upserts) {
                Map<String, Object> doc = SupplierDocuments.toDocument(supplier);
                bulk.operations(op -> op.index(i -> i.index(target).id(Long.toString(supplier.id()))
                        .version(supplier.version()).versionType(VersionType.External).document(doc)));
            }
            for (Long id : deletedIds) {
                bulk.operations(op -> op.delete(d -> d.index(target).id(Long.toString(id))));
            }
        }
        checkBulk(call(() -> client.bulk(bulk.build())));
    }

    private static void checkBulk(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
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

    /** Indices being rebuilt (behind the pending alias); looked up at most once a second. */
    private List<String> pendingIndices() {
        long now = clock.millis();
        if (now - pendingCheckedAt > PENDING_CACHE_MILLIS) {
            pendingIndices = call(() -> client.indices().existsAlias(a -> a.name(pendingAlias())).value()
                    ? List.copyOf(client.indices().getAlias(a -> a.name(pendingAlias())).result().keySet())
                    : List.<String>of());
            pendingCheckedAt = now;
        }
        return pendingIndices;
    }

    @Override
    public boolean needsRebuild() {
        ensureAlias();
        return call(() -> {
            for (var mapping : client.indices().getMapping(m -> m.index(alias)).result().values()) {
                Map<String, JsonData> meta = mapping.mappings().meta();
                JsonData version = meta == null ? null : meta.get("mapping_version");
                if (version == null || version.to(Integer.class) < SupplierDocuments.MAPPING_VERSION) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public Reindexing startReindex() {
        ensureAlias();
        String index = alias + "-m" + SupplierDocuments.MAPPING_VERSION + "-" + clock.millis();
        call(() -> {
            // a rebuild that died half-way left its index behind the pending alias: drop it
            if (client.indices().existsAlias(a -> a.name(pendingAlias())).value()) {
                for (String stale : client.indices().getAlias(a -> a.name(pendingAlias())).result().keySet()) {
                    client.indices().delete(d -> d.index(stale));
                }
            }
            try (InputStream mapping = getClass().getResourceAsStream(MAPPING)) {
                client.indices().create(c -> c.index(index).withJson(mapping).aliases(pendingAlias(), a -> a));
            }
            client.indices().putSettings(s -> s.index(index).settings(st -> st.refreshInterval(r -> r.time("-1"))));
            return null;
        });
        pendingCheckedAt = 0;
        LOG.info(() -> "Rebuilding the search index into " + index);
        return new Reindexing() {
            /**
             * Bulk requests Elasticsearch is working on while the next page is read and analysed here; two at a time
             * keep both of its write threads busy.
             */
            private final java.util.ArrayDeque<CompletableFuture<BulkResponse>> inFlight = new java.util.ArrayDeque<>();

            @Override
            public void add(List<IndexedSupplier> page) {
                if (page.isEmpty()) {
                    return;
                }
                // analysis is the app's share of a rebuild: spread a page over the cores (pure functions, no I/O)
                List<Map<String, Object>> docs = page.parallelStream().map(SupplierDocuments::toDocument).toList();
                BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
                for (int n = 0; n < page.size(); n++) {
                    IndexedSupplier supplier = page.get(n);
                    Map<String, Object> doc = docs.get(n);
                    bulk.operations(op -> op.index(i -> i.id(Long.toString(supplier.id()))
                            .version(supplier.version()).versionType(VersionType.External).document(doc)));
                }
                BulkRequest request = bulk.build();
                while (inFlight.size() >= BULKS_IN_FLIGHT) {
                    awaitOldest();
                }
                inFlight.add(asyncClient.bulk(request));
            }

            private void awaitAll() {
                while (!inFlight.isEmpty()) {
                    awaitOldest();
                }
            }

            private void awaitOldest() {
                CompletableFuture<BulkResponse> oldest = inFlight.poll();
                checkBulk(call(() -> {
                    try {
                        return oldest.join();
                    } catch (CompletionException e) {
                        if (e.getCause() instanceof RuntimeException failed) {
                            throw failed;
                        }
                        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                }));
            }

            @Override
            public void publish() {
                awaitAll();
                call(() -> {
                    client.indices().putSettings(s -> s.index(index)
                            .settings(st -> st.refreshInterval(r -> r.time("500ms"))));
                    client.indices().refresh(r -> r.index(index));
                    Set<String> old = client.indices().getAlias(a -> a.name(alias)).result().keySet();
                    client.indices().updateAliases(u -> {
                        for (String o : old) {
                            u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
                        }
                        u.actions(a -> a.add(ad -> ad.index(index).alias(alias).isWriteIndex(true)));
                        u.actions(a -> a.remove(r -> r.index(index).alias(pendingAlias())));
                        return u;
                    });
                    for (String o : old) {
                        client.indices().delete(d -> d.index(o));
                    }
                    return null;
                });
                pendingCheckedAt = 0;
                LOG.info(() -> "Search index " + index + " is live behind " + alias);
            }

            @Override
            public void abandon() {
                inFlight.forEach(f -> f.exceptionally(e -> null).join());
                inFlight.clear();
                try {
                    call(() -> client.indices().delete(d -> d.index(index)));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "could not drop the abandoned index " + index, e);
                }
                pendingCheckedAt = 0;
            }
        };
    }

    /** Creates the first index behind the alias if no index has the alias yet. */
    private void ensureAlias() {
        if (aliasReady) {
            return;
        }
        call(() -> {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String first = alias + "-m" + SupplierDocuments.MAPPING_VERSION + "-0";
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

    // ------------------------------------------------------------------ reads

    @Override
    public SearchPage search(SupplierQuery query) {
        ensureAlias();
        SearchResponse<Map> response = call(() -> client.search(SupplierQueries.request(alias, query), Map.class));
        if (SupplierQueries.worthTypoTolerance(query, totalOf(response))) {
            response = call(() -> client.search(SupplierQueries.typoTolerantRequest(alias, query), Map.class));
        }
        GeoPoint origin = query.near() == null ? null : query.near().point();
        List<SearchPage.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> source = hit.source();
            hits.add(SupplierDocuments.toHit(source, distance(origin, source)));
        }
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        for (String name : SearchPage.FACETS) {
            Aggregate agg = response.aggregations().get(name);
            if (agg != null && agg.isFilter()) { // counted under the other facets' choices (multi-select)
                agg = agg.filter().aggregations().get(SupplierQueries.FACET_VALUES);
            }
            facets.put(name, agg == null ? List.of() : buckets(agg));
        }
        long total = totalOf(response);
        List<String> terms = new ArrayList<>(KoreanText.expand(new java.util.LinkedHashSet<>(
                SupplierQueries.terms(query.text()))));
        return new SearchPage(total, query.page(), query.size(), hits, facets, terms, false);
    }

    @Override
    public List<Suggestion> suggest(String typed, int max) {
        ensureAlias();
        String prefix = KoreanText.isInitialsOnly(typed) ? typed.replaceAll("\\s", "") : KoreanText.compact(typed);
        if (prefix.isEmpty()) {
            return List.of();
        }
        SearchResponse<Map> response = call(() -> client.search(s -> s.index(alias)
                .source(src -> src.filter(f -> f.includes("id", "name_ko", "name_en", "type", "district")))
                .suggest(sg -> sg.suggesters("names", n -> n.prefix(prefix)
                        .completion(c -> c.field("suggest").size(max).skipDuplicates(true)))), Map.class));
        List<Suggestion> suggestions = new ArrayList<>();
        for (var suggestion : response.suggest().getOrDefault("names", List.of())) {
            for (CompletionSuggestOption<Map> option : suggestion.completion().options()) {
                Map<?, ?> source = option.source();
                if (source != null) {
                    suggestions.add(new Suggestion(((Number) source.get("id")).longValue(),
                            (String) source.get("name_ko"), (String) source.get("name_en"),
                            typeOf(source.get("type")), (String) source.get("district")));
                }
            }
        }
        return suggestions;
    }

    private static long totalOf(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private static Double distance(GeoPoint origin, Map<String, Object> source) {
        if (origin == null || !(source.get("location") instanceof Map<?, ?> location)) {
            return null;
        }
        double km = Places.distanceKm(origin, new GeoPoint(((Number) location.get("lat")).doubleValue(),
                ((Number) location.get("lon")).doubleValue()));
        return Math.round(km * 10) / 10.0;
    }

    private static List<SearchPage.FacetCount> buckets(Aggregate agg) {
        List<SearchPage.FacetCount> counts = new ArrayList<>();
        if (agg.isSterms()) {
            for (StringTermsBucket bucket : agg.sterms().buckets().array()) {
                counts.add(new SearchPage.FacetCount(bucket.key().stringValue(), bucket.docCount()));
            }
        }
        return counts;
    }

    static SupplierType typeOf(Object code) {
        try {
            return code == null ? null : SupplierType.valueOf(code.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ errors

    private <T> T call(IoCall<T> call) {
        try {
            return call.run();
        } catch (IOException | UncheckedIOException e) {
            throw new SearchUnavailableException(e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (e.status() == 429 || e.status() >= 500) {
                throw new SearchUnavailableException(e.getMessage(), e);
            }
            throw e;
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
}
