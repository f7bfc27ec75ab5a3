package network.ddd.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import network.ddd.search.elasticsearch.RawElasticsearch;

/**
 * A full rebuild of the search index through the app ({@code POST /api/v1/admin/reindex}, what {@code ./ddd
 * reindex} calls), timed from the request to the final {@code RESULT} line — optionally while clients keep
 * searching through the API; every search that fails (HTTP error, or a degraded answer) is counted.
 */
final class Reindex {
    /** Wall time of the rebuild, the server's own figure, and the searches made meanwhile (null without load). */
    record Result(long documents, double seconds, double serverSeconds, Load.Result searches) {
    }

    /** Each searching client starts a search at most this often: people searching, not a load test. */
    static final Duration SEARCH_PACE = Duration.ofMillis(200);

    private Reindex() {
    }

    /**
     * @param elasticsearch to follow the rebuild (documents written into the new index), reported to
     *                      {@code progress} every few seconds, since the app sends its own progress lines only at the end
     */
    static Result run(Api api, RawElasticsearch elasticsearch, long expected, List<QueryMix.BenchQuery> queries,
                      int searchClients, Consumer<String> progress) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Thread watch = Thread.ofPlatform().daemon().name("reindex-progress").start(() -> {
            long began = System.nanoTime();
            while (!done.get()) {
                try {
                    Thread.sleep(3_000);
                    long written = elasticsearch.rebuildProgress();
                    if (!done.get() && written >= 0) {
                        progress.accept(String.format(java.util.Locale.ROOT, "%,d / %,d documents written (%d%%)"
                                + " after %.0f s", written, expected, written * 100 / Math.max(1, expected),
                                (System.nanoTime() - began) / 1e9));
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // progress is a courtesy: the rebuild's own answer decides
                }
            }
        });
        AtomicReference<Load.Result> searches = new AtomicReference<>();
        Thread load = null;
        if (searchClients > 0) {
            load = Thread.ofPlatform().name("reindex-searches").start(() -> searches.set(Load.run(api.target(),
                    queries, searchClients, Duration.ofMinutes(30), SEARCH_PACE, done::get)));
            Thread.sleep(1_000); // searches under way before the rebuild starts
        }
        String[] result = {null};
        long started = System.nanoTime();
        int status;
        try {
            status = api.post("/api/v1/admin/reindex", null, line -> {
                if (line.startsWith("RESULT")) {
                    result[0] = line;
                } else {
                    progress.accept(line);
                }
            });
        } finally {
            done.set(true);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        watch.interrupt();
        if (load != null) {
            load.join();
        }
        if (status != 200 || result[0] == null || !result[0].contains("documents=")) {
            throw new IllegalStateException("the reindex failed: HTTP " + status + ", " + result[0]);
        }
        long documents = Long.parseLong(result[0].replaceAll(".*documents=(\\d+).*", "$1"));
        long millis = Long.parseLong(result[0].replaceAll(".*millis=(\\d+).*", "$1"));
        return new Reindex.Result(documents, seconds, millis / 1000.0, searches.get());
    }
}
