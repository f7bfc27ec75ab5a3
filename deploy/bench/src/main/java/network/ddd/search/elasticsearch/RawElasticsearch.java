package network.ddd.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import network.ddd.search.SupplierQuery;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The benchmark's way straight to Elasticsearch: the request the app would send for a {@link SupplierQuery}, built
 * by the app's own package-private {@link SupplierQueries} (this class sits in the same package on the class path),
 * sent with the same client library to the same alias, followed like in the app by the typo-tolerant request when
 * the first finds few hits, its hits read into maps as the app reads them.
 * What it leaves out is exactly what the app adds on top: HTTP in and out of Payara, parameter parsing, mapping
 * hits and facets, JSON rendering.
 */
public final class RawElasticsearch implements AutoCloseable {
    /**
     * The requests of one query built once (Korean analysis of the text included) and sent many times: the first
     * one, and the typo-tolerant one the app sends after it when the first finds few hits.
     */
    public static final class Prepared {
        private final SupplierQuery query;
        private final SearchRequest request;
        private final SearchRequest typoTolerant;

        private Prepared(SupplierQuery query, SearchRequest request, SearchRequest typoTolerant) {
            this.query = query;
            this.request = request;
            this.typoTolerant = typoTolerant;
        }
    }

    private final RestClient rest;
    private final ElasticsearchClient client;
    private final String alias;

    /** @param connections connections kept to the server: at least the number of concurrent callers */
    public RawElasticsearch(String url, String alias, int connections) {
        this.alias = alias;
        this.rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setConnectTimeout(1_000).setSocketTimeout(30_000))
                .setHttpClientConfigCallback(h -> h.setMaxConnPerRoute(connections).setMaxConnTotal(connections))
                .build();
        this.client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    public Prepared prepare(SupplierQuery query) {
        return new Prepared(query, SupplierQueries.request(alias, query),
                SupplierQueries.typoTolerantRequest(alias, query));
    }

    /** Sends the search; returns the total number of hits. */
    @SuppressWarnings("rawtypes")
    public long search(Prepared prepared) throws IOException {
        long hits = total(client.search(prepared.request, Map.class));
        return SupplierQueries.worthTypoTolerance(prepared.query, hits)
                ? total(client.search(prepared.typoTolerant, Map.class)) : hits;
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    /** Documents behind the alias (after a refresh). */
    public long count() throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    /**
     * Documents written so far into the index being rebuilt (behind {@code <alias>-next}), from its indexing
     * statistics — they count before any refresh; -1 when no rebuild is under way.
     */
    public long rebuildProgress() throws IOException {
        try {
            Request request = new Request("GET", "/" + alias + "-next/_stats/indexing");
            request.addParameter("filter_path", "_all.primaries.indexing.index_total");
            try (InputStream in = rest.performRequest(request).getEntity().getContent()) {
                JsonNode total = new ObjectMapper().readTree(in).at("/_all/primaries/indexing/index_total");
                return total.isMissingNode() ? -1 : total.asLong();
            }
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return -1;
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
