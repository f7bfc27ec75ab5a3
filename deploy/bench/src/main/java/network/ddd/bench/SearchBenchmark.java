package network.ddd.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.ddd.search.elasticsearch.RawElasticsearch;

/**
 * {@code ./ddd bench search}: the phases in order, each announced with its progress, then the report (stdout and
 * the Markdown file). Exit code 0 whenever the figures were measured, missed targets included; 1 when the run
 * itself failed (servers unreachable, import or reindex refused).
 */
public final class SearchBenchmark {
    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        try {
            run(Settings.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException e) {
            OUT.println("bench: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            OUT.println("bench: FAILED: " + e);
            e.printStackTrace(OUT);
            System.exit(1);
        }
    }

    static void run(Settings settings) throws Exception {
        ZonedDateTime startedAt = ZonedDateTime.now();
        Report.Machine machine = Report.Machine.here(settings.runtimes());
        Cpu cpu = new Cpu(settings.pids());
        Map<String, Cpu.Usage> cpuUse = new LinkedHashMap<>();
        long runStarted = System.nanoTime();
        OUT.println("== Search benchmark: " + String.format(Locale.ROOT, "%,d", settings.suppliers())
                + " suppliers SAMPLED AND RECOMBINED from the real KICOX Daegu register (not real firms)");
        OUT.println("   " + machine.describe());

        // ---------------------------------------------------------------- data
        phase("Reading the real register " + settings.register());
        RealRegister real = RealRegister.read(settings.register());
        OUT.printf(Locale.ROOT, "   %d rows, %d of textile/apparel sectors the app imports, %d types, %d districts%n",
                real.rowsRead, real.rowsUsed, real.distinctTypes(), real.addressesByDistrict.size());
        phase("Generating " + String.format(Locale.ROOT, "%,d", settings.suppliers()) + " suppliers (seed "
                + settings.seed() + ")");
        long t = System.nanoTime();
        List<BenchSupplier> suppliers = ScaledRegister.generate(real, settings.suppliers(), settings.seed(),
                (done, total) -> progress("generated", done, total));
        int distinctNames = ScaledRegister.distinctNames(suppliers);
        OUT.printf(Locale.ROOT, "   done in %.1f s; %,d distinct names%n", seconds(t), distinctNames);

        Api api = new Api(settings.apiUrl(), settings.operator());
        try (Connection db = SupplierLoader.connect(settings);
             RawElasticsearch elasticsearch = new RawElasticsearch(settings.esUrl(), settings.esAlias(),
                     Math.max(64, settings.saturationClients() * 2))) {
            long existing = SupplierLoader.existing(db);
            if (existing > 0) {
                throw new IllegalStateException("the database already holds " + existing + " suppliers; the benchmark"
                        + " needs the empty database ./ddd bench search starts for it");
            }
            phase("Loading them into PostgreSQL (COPY into supplier)");
            t = System.nanoTime();
            SupplierLoader.load(db, suppliers, (done, total) -> progress("inserted", done, total));
            double loadSeconds = seconds(t);
            OUT.printf(Locale.ROOT, "   done in %.1f s%n", loadSeconds);

            List<QueryMix.BenchQuery> queries = QueryMix.build(suppliers, settings.queries(), settings.seed());

            // ---------------------------------------------------------------- first build of the index
            phase("Building the search index through the app (POST /api/v1/admin/reindex), no other load");
            Cpu.Snapshot before = cpu.take();
            Reindex.Result firstBuild = Reindex.run(api, elasticsearch, suppliers.size(), queries, 0,
                    SearchBenchmark::reindexProgress);
            cpuUse.put("full reindex, no other load", Cpu.between(before, cpu.take()));
            OUT.printf(Locale.ROOT, "   %,d documents in %.1f s%n", firstBuild.documents(), firstBuild.seconds());
            long indexed = elasticsearch.count();
            if (indexed != suppliers.size()) {
                throw new IllegalStateException("the index holds " + indexed + " documents, not " + suppliers.size());
            }

            // ---------------------------------------------------------------- same answers?
            phase("Checking the query mix on all three paths");
            ElasticsearchTarget raw = new ElasticsearchTarget(elasticsearch, queries);
            IlikeTarget ilike = new IlikeTarget(settings);
            Report.Agreement agreement = agreement(api, raw, ilike, queries);
            OUT.println("   " + agreement.describe());

            // ---------------------------------------------------------------- load
            List<Load.Target> targets = List.of(api.target(), raw, ilike);
            phase("Warm-up (not counted): " + WARM_UP_WINDOW.toSeconds() + " s windows at " + settings.clients()
                    + " clients until throughput stops rising (by more than " + Math.round(STEADY * 100) + "%), at most "
                    + settings.warmUp().toSeconds() + " s per path");
            for (Load.Target target : targets) {
                warmUp(target, queries, settings);
            }
            List<Load.Result> results = new ArrayList<>();
            Duration slice = settings.measure().dividedBy(settings.rounds());
            for (int clients : new int[] {settings.clients(), settings.saturationClients()}) {
                phase("Measuring: " + settings.measure().toSeconds() + " s per path at " + clients + " clients, in "
                        + settings.rounds() + " rounds of " + slice.toSeconds() + " s (the paths take turns)");
                Map<String, List<Load.Result>> runs = new LinkedHashMap<>();
                Map<String, List<Cpu.Usage>> use = new LinkedHashMap<>();
                for (int round = 0; round < settings.rounds(); round++) {
                    for (Load.Target target : targets) {
                        for (int attempt = 1; ; attempt++) {
                            before = cpu.take();
                            Load.Result r = Load.run(target, queries, clients, slice);
                            Cpu.Usage u = Cpu.between(before, cpu.take());
                            if (u.of("other") > BUSY_MACHINE && attempt <= RETRIES) {
                                OUT.printf(Locale.ROOT, "   %-14s other processes used %.2f cores: slice repeated%n",
                                        target.name(), u.of("other"));
                                continue;
                            }
                            use.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(u);
                            runs.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(r);
                            break;
                        }
                    }
                }
                for (Load.Target target : targets) {
                    Load.Result r = Load.Result.merge(runs.get(target.name()));
                    results.add(r);
                    cpuUse.put(Report.label(target.name()) + ", " + clients + " clients",
                            Cpu.merge(use.get(target.name())));
                    OUT.printf(Locale.ROOT, "   %-14s %,8d requests  %7.1f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms"
                                    + "  failed %d%s%n", target.name(), r.ok(), r.throughput(), r.p50(), r.p95(),
                            r.p99(), r.failed(), r.firstError() == null ? "" : "  (" + r.firstError() + ")");
                }
            }

            // ---------------------------------------------------------------- freshness
            phase("Commit → visible: " + settings.freshnessUpdates() + " single-supplier updates through the"
                    + " import API, polling search every " + Freshness.POLL_MILLIS + " ms");
            before = cpu.take();
            Freshness.Result freshness = Freshness.run(api, db, suppliers, settings.freshnessUpdates(),
                    settings.seed(), (done, total, millis) -> {
                        if (done % 10 == 0 || done == total) {
                            OUT.printf(Locale.ROOT, "   %d/%d updates (last: %s)%n", done, total,
                                    millis < 0 ? "not visible" : millis + " ms");
                        }
                    });

            cpuUse.put("freshness (" + settings.freshnessUpdates() + " updates, polling)", Cpu.between(before, cpu.take()));

            // ---------------------------------------------------------------- reindex under load
            phase("Full reindex of " + String.format(Locale.ROOT, "%,d", suppliers.size()) + " suppliers while "
                    + settings.reindexClients() + " clients keep searching through the API (each at most every "
                    + Reindex.SEARCH_PACE.toMillis() + " ms)");
            before = cpu.take();
            Reindex.Result reindex = Reindex.run(api, elasticsearch, suppliers.size(), queries,
                    settings.reindexClients(), SearchBenchmark::reindexProgress);
            cpuUse.put("full reindex while " + settings.reindexClients() + " clients search",
                    Cpu.between(before, cpu.take()));
            Load.Result during = reindex.searches();
            OUT.printf(Locale.ROOT, "   %,d documents in %.1f s; %,d searches meanwhile, %d failed%s%n",
                    reindex.documents(), reindex.seconds(), during.ok() + during.failed(), during.failed(),
                    during.firstError() == null ? "" : " (" + during.firstError() + ")");

            Report report = new Report(settings, machine, startedAt, real, suppliers.size(), distinctNames,
                    loadSeconds, queries, agreement, results, freshness, firstBuild, reindex, cpuUse,
                    Duration.ofNanos(System.nanoTime() - runStarted), Report.Machine.loadAverage());
            OUT.println();
            OUT.println(report.table());
            if (settings.report() != null) {
                report.write(settings.report());
                OUT.println("Written to " + settings.report());
            }
        }
    }

    /** Cores used by other processes beyond which a measured slice is repeated (at most {@link #RETRIES} times). */
    static final double BUSY_MACHINE = 0.25;
    static final int RETRIES = 2;
    static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    static final double STEADY = 0.03;

    /**
     * Loads a path in windows until it no longer gets faster (the JIT of the app and of Elasticsearch, caches): a
     * window at most {@link #STEADY} above the one before; at least two windows, at most the configured time.
     */
    private static void warmUp(Load.Target target, List<QueryMix.BenchQuery> queries, Settings settings) {
        long windows = Math.max(2, settings.warmUp().toSeconds() / WARM_UP_WINDOW.toSeconds());
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   %-14s req/s:", target.name()));
        double last = Double.NaN;
        for (int w = 0; w < windows; w++) {
            double tp = Load.run(target, queries, settings.clients(), WARM_UP_WINDOW).throughput();
            line.append(String.format(Locale.ROOT, " %.1f", tp));
            if (w >= 1 && tp <= last * (1 + STEADY)) { // no longer getting faster
                line.append("  steady");
                break;
            }
            last = tp;
        }
        OUT.println(line);
    }

    /** Runs every query once on each path: do the API and Elasticsearch agree, and how much does each find? */
    private static Report.Agreement agreement(Api api, ElasticsearchTarget raw, IlikeTarget ilike,
                                              List<QueryMix.BenchQuery> queries) throws Exception {
        long[][] totals = new long[queries.size()][3];
        try (Load.Session a = api.target().open(); Load.Session r = raw.open(); Load.Session s = ilike.open()) {
            for (int i = 0; i < queries.size(); i++) {
                totals[i][0] = a.call(queries.get(i));
                totals[i][1] = r.call(queries.get(i));
                totals[i][2] = s.call(queries.get(i));
            }
        }
        return new Report.Agreement(queries, totals);
    }

    private static void phase(String title) {
        OUT.println();
        OUT.println("-- " + title);
    }

    private static void progress(String what, int done, int total) {
        OUT.printf(Locale.ROOT, "   %,d / %,d %s (%d%%)%n", done, total, what, done * 100L / total);
    }

    /** Progress of a rebuild: the benchmark's own lines and the app's, but not the app's percentages (the app
     *  sends them all at once at the end). */
    private static void reindexProgress(String line) {
        if (!line.startsWith("Progress ")) {
            OUT.println("   " + line);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
