package network.ddd.bench;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import network.ddd.search.elasticsearch.RawElasticsearch;

/**
 * The floor for our path: the same queries sent straight to Elasticsearch, the requests built once beforehand by
 * the app's own query builder.
 */
final class ElasticsearchTarget implements Load.Target {
    private final RawElasticsearch elasticsearch;
    private final Map<QueryMix.BenchQuery, RawElasticsearch.Prepared> prepared = new IdentityHashMap<>();

    ElasticsearchTarget(RawElasticsearch elasticsearch, List<QueryMix.BenchQuery> queries) {
        this.elasticsearch = elasticsearch;
        for (QueryMix.BenchQuery q : queries) {
            prepared.put(q, elasticsearch.prepare(q.query()));
        }
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public Load.Session open() {
        return query -> elasticsearch.search(prepared.get(query));
    }
}
