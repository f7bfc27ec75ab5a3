package network.ddd.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The figures as Markdown tables — printed, and written (whole file replaced) to {@code docs/BENCHMARKS.md} with the
 * date, the command and the machine. Targets are judged PASS or MISS; a miss is a finding, not a failure.
 */
final class Report {
    /** Where it ran. */
    record Machine(int cpus, String cpuModel, double memoryGiB, String jdk, String os, String runtimes,
                   String loadBefore) {
        static Machine here(String runtimes) {
            String model = "";
            double memory = Double.NaN;
            try {
                model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.replaceFirst("^[^:]*:\\s*", "")).findFirst().orElse("");
                memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                        .mapToDouble(l -> Double.parseDouble(l.replaceAll("\\D", "")) / 1024 / 1024)
                        .findFirst().orElse(Double.NaN);
            } catch (IOException | RuntimeException e) {
                // not Linux: leave the details out
            }
            String jdk = System.getProperty("java.vm.vendor", "") + " " + System.getProperty("java.runtime.version");
            String os = System.getProperty("os.name") + " " + System.getProperty("os.version");
            return new Machine(Runtime.getRuntime().availableProcessors(), model, memory, jdk.strip(), os, runtimes,
                    loadAverage());
        }

        /** The 1, 5 and 15 minute load averages ("" when unknown). */
        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }

        String describe() {
            return String.format(Locale.ROOT, "%d CPUs%s, %.1f GiB RAM, %s, JDK %s; load average before: %s", cpus,
                    cpuModel.isEmpty() ? "" : " (" + cpuModel + ")", memoryGiB, os, jdk,
                    loadBefore.isEmpty() ? "?" : loadBefore);
        }
    }

    /** The hit count of every query on each path (columns: API, Elasticsearch, ILIKE). */
    record Agreement(List<QueryMix.BenchQuery> queries, long[][] totals) {
        int same() {
            int n = 0;
            for (long[] t : totals) {
                n += t[0] == t[1] ? 1 : 0;
            }
            return n;
        }

        double mean(int column) {
            double sum = 0;
            for (long[] t : totals) {
                sum += t[column];
            }
            return sum / totals.length;
        }

        int empty(int column) {
            int n = 0;
            for (long[] t : totals) {
                n += t[column] == 0 ? 1 : 0;
            }
            return n;
        }

        String describe() {
            return String.format(Locale.ROOT, "API and Elasticsearch report the same number of hits for %d of %d"
                            + " queries; mean hits per query: API %.1f, Elasticsearch %.1f, ILIKE %.1f; queries with"
                            + " no hit: API %d, ILIKE %d", same(), totals.length, mean(0), mean(1), mean(2), empty(0),
                    empty(2));
        }
    }

    private final Settings settings;
    private final Machine machine;
    private final ZonedDateTime startedAt;
    private final RealRegister real;
    private final int suppliers;
    private final int distinctNames;
    private final double loadSeconds;
    private final List<QueryMix.BenchQuery> queries;
    private final Agreement agreement;
    private final List<Load.Result> results;
    private final Freshness.Result freshness;
    private final Reindex.Result firstBuild;
    private final Reindex.Result reindex;
    private final Map<String, Cpu.Usage> cpuUse;
    private final Duration took;
    private final String loadAfter;

    Report(Settings settings, Machine machine, ZonedDateTime startedAt, RealRegister real, int suppliers,
           int distinctNames, double loadSeconds, List<QueryMix.BenchQuery> queries, Agreement agreement,
           List<Load.Result> results, Freshness.Result freshness, Reindex.Result firstBuild, Reindex.Result reindex,
           Map<String, Cpu.Usage> cpuUse, Duration took, String loadAfter) {
        this.settings = settings;
        this.machine = machine;
        this.startedAt = startedAt;
        this.real = real;
        this.suppliers = suppliers;
        this.distinctNames = distinctNames;
        this.loadSeconds = loadSeconds;
        this.queries = queries;
        this.agreement = agreement;
        this.results = results;
        this.freshness = freshness;
        this.firstBuild = firstBuild;
        this.reindex = reindex;
        this.cpuUse = cpuUse;
        this.took = took;
        this.loadAfter = loadAfter;
    }

    /** How the report names a target. */
    static String label(String target) {
        return switch (target) {
            case "api" -> "ours (API)";
            case "elasticsearch" -> "raw Elasticsearch";
            case "ilike" -> "PostgreSQL ILIKE";
            default -> target;
        };
    }

    private Load.Result result(String target, int clients) {
        return results.stream().filter(r -> r.target().equals(target) && r.clients() == clients).findFirst()
                .orElseThrow();
    }

    /** The tables: results, freshness and reindex, targets. */
    String table() {
        int c = settings.clients();
        int s = settings.saturationClients();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Data: %,d suppliers SAMPLED AND RECOMBINED from the real KICOX Daegu"
                + " register (%,d usable rows); %d queries, each text + two facets + geo filter.%n%n", suppliers,
                real.rowsUsed, queries.size()));
        out.append("| measure | ours (API) | raw Elasticsearch | PostgreSQL ILIKE | ours / raw | ours / ILIKE |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        latencyRow(out, "p50 latency, " + c + " clients", c, Load.Result::p50);
        latencyRow(out, "p95 latency, " + c + " clients", c, Load.Result::p95);
        latencyRow(out, "p99 latency, " + c + " clients", c, Load.Result::p99);
        throughputRow(out, "throughput, " + c + " clients", c);
        throughputRow(out, "throughput, " + s + " clients (saturation)", s);
        latencyRow(out, "p95 latency, " + s + " clients", s, Load.Result::p95);
        row(out, "requests (failed), " + c + " / " + s + " clients", r -> String.format(Locale.ROOT, "%,d (%d) / %,d (%d)",
                result(r, c).ok(), result(r, c).failed(), result(r, s).ok(), result(r, s).failed()));
        out.append(String.format(Locale.ROOT, "| mean hits per query | %.1f | %.1f | %.1f | | |%n", agreement.mean(0),
                agreement.mean(1), agreement.mean(2)));
        out.append('\n');

        out.append("| freshness and reindex | value |\n|---|---:|\n");
        out.append(String.format(Locale.ROOT, "| commit → visible in search, p50 | %.0f ms |%n", freshness.percentile(0.50)));
        out.append(String.format(Locale.ROOT, "| commit → visible in search, p95 | %.0f ms |%n", freshness.percentile(0.95)));
        out.append(String.format(Locale.ROOT, "| commit → visible in search, max | %.0f ms |%n", freshness.max()));
        out.append(String.format(Locale.ROOT, "| updates not visible within %d s | %d of %d |%n",
                Freshness.GIVE_UP_MILLIS / 1000, freshness.invisible(), settings.freshnessUpdates()));
        out.append(String.format(Locale.ROOT, "| full reindex of %,d, first build, no other load | %.1f s |%n",
                firstBuild.documents(), firstBuild.seconds()));
        out.append(String.format(Locale.ROOT, "| full reindex of %,d while %d clients search (each every %d ms)"
                + " | %.1f s |%n", reindex.documents(), settings.reindexClients(), Reindex.SEARCH_PACE.toMillis(),
                reindex.seconds()));
        Load.Result during = reindex.searches();
        out.append(String.format(Locale.ROOT, "| searches during that reindex: done / failed | %,d / %d |%n",
                during.ok() + during.failed(), during.failed()));
        out.append(String.format(Locale.ROOT, "| search p50 / p95 during that reindex | %.1f / %.1f ms |%n",
                during.p50(), during.p95()));
        out.append('\n');

        double p95Ratio = result("api", c).p95() / result("elasticsearch", c).p95();
        double rawRatio = result("api", s).throughput() / result("elasticsearch", s).throughput();
        double ilikeRatio = result("api", s).throughput() / result("ilike", s).throughput();
        double freshP95 = freshness.percentile(0.95) / 1000;
        out.append("| target | measured | |\n|---|---:|---|\n");
        target(out, "API p95 ≤ 1.3 × raw Elasticsearch p95 at " + c + " clients", ratio(p95Ratio), p95Ratio <= 1.3);
        target(out, "saturated throughput (" + s + " clients) ≥ 0.6 × raw Elasticsearch", ratio(rawRatio),
                rawRatio >= 0.6);
        target(out, "saturated throughput (" + s + " clients) ≥ 10 × the ILIKE baseline", ratio(ilikeRatio),
                ilikeRatio >= 10);
        target(out, "freshness p95 ≤ 1.5 s", String.format(Locale.ROOT, "%.2f s", freshP95),
                freshP95 <= 1.5 && freshness.invisible() == 0);
        target(out, "full reindex of " + String.format(Locale.ROOT, "%,d", reindex.documents()) + " ≤ 30 s",
                String.format(Locale.ROOT, "%.1f s", reindex.seconds()), reindex.seconds() <= 30);
        target(out, "zero failed searches during the reindex", Long.toString(during.failed()), during.failed() == 0);
        out.append('\n');
        out.append(cpuTable());
        return out.toString();
    }

    /** Who used the CPUs in each phase: cores busy on average. */
    String cpuTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "CPU use by phase, in cores busy on average (this machine has %d):%n%n",
                machine.cpus()));
        out.append("| phase | seconds | app (Payara) | Elasticsearch | PostgreSQL | benchmark clients | other processes |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        double worstOther = 0;
        for (var e : cpuUse.entrySet()) {
            Cpu.Usage u = e.getValue();
            out.append("| ").append(e.getKey()).append(String.format(Locale.ROOT, " | %.0f", u.wallSeconds()));
            for (String column : Cpu.COLUMNS) {
                out.append(String.format(Locale.ROOT, " | %.2f", u.of(column)));
            }
            out.append(" |\n");
            if (Double.isFinite(u.of("other"))) {
                worstOther = Math.max(worstOther, u.of("other"));
            }
        }
        if (worstOther > SearchBenchmark.BUSY_MACHINE) {
            out.append(String.format(Locale.ROOT, "%n**Other processes used up to %.2f cores during these phases**"
                    + " (load average before %s, after %s): the figures are pessimistic; run again on a quiet"
                    + " machine.%n", worstOther, machine.loadBefore(), loadAfter));
        }
        return out.toString();
    }

    private void latencyRow(StringBuilder out, String label, int clients, ToDoubleFunction<Load.Result> value) {
        double api = value.applyAsDouble(result("api", clients));
        double raw = value.applyAsDouble(result("elasticsearch", clients));
        double ilike = value.applyAsDouble(result("ilike", clients));
        out.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %s | %s |%n", label, api, raw,
                ilike, ratio(api / raw), ratio(api / ilike)));
    }

    private void throughputRow(StringBuilder out, String label, int clients) {
        double api = result("api", clients).throughput();
        double raw = result("elasticsearch", clients).throughput();
        double ilike = result("ilike", clients).throughput();
        out.append(String.format(Locale.ROOT, "| %s | %.1f/s | %.1f/s | %.1f/s | %s | %s |%n", label, api, raw, ilike,
                ratio(api / raw), ratio(api / ilike)));
    }

    private void row(StringBuilder out, String label, Function<String, String> cell) {
        out.append("| ").append(label).append(" | ").append(cell.apply("api")).append(" | ")
                .append(cell.apply("elasticsearch")).append(" | ").append(cell.apply("ilike")).append(" | | |\n");
    }

    private static void target(StringBuilder out, String label, String measured, boolean pass) {
        out.append("| ").append(label).append(" | ").append(measured).append(" | ").append(pass ? "PASS" : "**MISS**")
                .append(" |\n");
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, r >= 10 ? "%.0f×" : "%.2f×", r) : "–";
    }

    /** The whole Markdown file. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Figures measured on one machine by the command below; they are overwritten by every run. ")
                .append("Benchmarks are not tests: a missed target is reported here, it fails nothing.\n\n");
        md.append("## Search\n\n");
        md.append("```bash\n").append(settings.command()).append("\n```\n\n");
        md.append("- **Run:** ").append(startedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(String.format(Locale.ROOT, ", %.1f minutes in all.%n", took.toSeconds() / 60.0));
        md.append("- **Machine:** ").append(machine.describe()).append(".\n");
        if (!settings.revision().isBlank()) {
            md.append("- **Code:** ").append(settings.revision()).append(".\n");
        }
        if (!machine.runtimes().isBlank()) {
            md.append("- **Servers:** ").append(machine.runtimes()).append(" — all on this machine, reached over ")
                    .append("loopback; the benchmark's own clients run on the same CPUs.\n");
        }
        md.append(String.format(Locale.ROOT, "- **Data: %,d suppliers sampled and recombined from the real KICOX Daegu"
                        + " register** (`../shared/data/kicox-daegu-textile-apparel.csv`, %,d rows, %,d of them in the"
                        + " sectors the app imports). Not real firms: each name is a real legal form around the front"
                        + " of one real name and the end of another (%,d distinct names); type and registered process"
                        + " from one real row (the register's KSIC → type distribution), products from a real firm of"
                        + " that type, district from the register's distribution with a real road address of that"
                        + " district (other building number), workforce from a real row, position = district centre"
                        + " moved up to 3 km. Fixed seed %d; loaded with COPY in %.1f s.%n", suppliers, real.rowsRead,
                real.rowsUsed, distinctNames, settings.seed(), loadSeconds));
        md.append(String.format(Locale.ROOT, "- **Query mix:** %d fixed queries, each a text, two facet filters"
                + " (type + district, or region + workforce band) and a geo filter (5–20 km around a district"
                + " centre, sorted by distance), 20 hits a page. %s. Examples:%n", queries.size(),
                agreement.describe()));
        for (QueryMix.BenchQuery q : queries.subList(0, Math.min(5, queries.size()))) {
            md.append("  `").append(q.apiPath()).append("`\n");
        }
        md.append(String.format(Locale.ROOT, "- **Method:** closed-loop clients (each sends its next query when the"
                        + " last answer came). Warm-up, not counted: each path in %d s windows until its throughput"
                        + " stops rising by more than %.0f%% a window (at most %d s). Then %d s per path at %d clients (latency"
                        + " percentiles) and at %d clients (saturation throughput), in %d rounds in which the paths"
                        + " take turns, so that drift (JIT, merges) hits them alike; a slice during which other"
                        + " processes used more than %.2f cores is measured again (at most %d times)."
                        + " *ours* = the search API"
                        + " `GET /api/v1/suppliers` of the app on Payara Micro; *raw Elasticsearch* = the requests the"
                        + " app builds for the same query (its own `SupplierQueries`: the words as typed, then the"
                        + " typo-tolerant request when that finds fewer than 5 hits, as the app does), built once"
                        + " beforehand and sent straight to the same alias with the same client library — the floor"
                        + " for our path; *PostgreSQL ILIKE* = the"
                        + " naive baseline: `ILIKE '%%word%%'` over names, products and processes, the facets as"
                        + " equality, a latitude/longitude box, first 20 by name plus `count(*)`. A search fails when"
                        + " it is not HTTP 200 or answers `degraded`. Freshness: %d single-supplier updates through"
                        + " `POST /api/v1/imports?format=ddd`, then the search API polled every %d ms for a new word"
                        + " in the name; measured from the end of the import answer (committed) to the first answer"
                        + " holding the supplier. Reindex: `POST /api/v1/admin/reindex` (as `./ddd reindex`), once"
                        + " to build the index and once more while %d clients search through the API, each starting"
                        + " a search at most every %d ms; its time runs from the request to the app's last line.%n%n",
                SearchBenchmark.WARM_UP_WINDOW.toSeconds(), SearchBenchmark.STEADY * 100,
                settings.warmUp().toSeconds(), settings.measure().toSeconds(), settings.clients(),
                settings.saturationClients(), settings.rounds(), SearchBenchmark.BUSY_MACHINE,
                SearchBenchmark.RETRIES, settings.freshnessUpdates(), Freshness.POLL_MILLIS,
                settings.reindexClients(), Reindex.SEARCH_PACE.toMillis()));
        md.append(table());
        md.append("\n*ours / raw* and *ours / ILIKE* divide our figure by the other path's: below 1 is faster for ")
                .append("latency, above 1 is better for throughput.\n");
        return md.toString();
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }
}
