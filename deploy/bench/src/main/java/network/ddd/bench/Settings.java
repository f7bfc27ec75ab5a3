package network.ddd.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** What the benchmark runs against and how long, from the environment the launcher sets (defaults in brackets). */
record Settings(
        String apiUrl,          // DDD_BENCH_API_URL: the app, e.g. http://127.0.0.1:38080
        OperatorToken operator, // DDD_OIDC_ISSUER, DDD_BENCH_OPERATOR [operator@demo.example],
                                // DDD_BENCH_OPERATOR_PASSWORD: who imports and reindexes
        String dbUrl,           // DDD_DB_URL
        String dbUser,          // DDD_DB_USER [ddd]
        String dbPassword,      // DDD_DB_PASSWORD [ddd]
        String esUrl,           // DDD_ES_URL
        String esAlias,         // DDD_ES_ALIAS [ddd-suppliers]
        Path register,          // DDD_BENCH_REGISTER [$DDD_SHARED_DATA/kicox-daegu-textile-apparel.csv]
        int suppliers,          // DDD_BENCH_SUPPLIERS [100000]
        long seed,              // DDD_BENCH_SEED [20261203]
        int queries,            // DDD_BENCH_QUERIES [50]
        Duration warmUp,        // DDD_BENCH_WARMUP_SECONDS [120]: at most, per path, until throughput is steady
        Duration measure,       // DDD_BENCH_SECONDS [20] per path and concurrency, in rounds
        int rounds,             // DDD_BENCH_ROUNDS [2]: the paths take turns, so drift hits them alike
        int clients,            // DDD_BENCH_CLIENTS [4]
        int saturationClients,  // DDD_BENCH_SATURATION_CLIENTS [16]
        int freshnessUpdates,   // DDD_BENCH_FRESHNESS_UPDATES [50]
        int reindexClients,     // DDD_BENCH_REINDEX_CLIENTS [4]
        Path report,            // DDD_BENCH_REPORT: Markdown file to (over)write; none when unset
        String command,         // DDD_BENCH_COMMAND [./ddd bench search]: shown in the report
        String runtimes,        // DDD_BENCH_RUNTIMES: versions of the servers, shown in the report
        String pids,            // DDD_BENCH_PIDS: "app=PID es=PID pg=PID", for the CPU figures
        String revision) {      // DDD_BENCH_REVISION: the code measured (git describe), shown in the report

    static Settings fromEnvironment(Map<String, String> env) {
        String api = required(env, "DDD_BENCH_API_URL");
        Path register = env.containsKey("DDD_BENCH_REGISTER") ? Path.of(env.get("DDD_BENCH_REGISTER"))
                : Path.of(env.getOrDefault("DDD_SHARED_DATA", "../shared/data")).resolve("kicox-daegu-textile-apparel.csv");
        if (!Files.isReadable(register)) {
            throw new IllegalArgumentException("cannot read the KICOX register " + register
                    + " (set DDD_SHARED_DATA to the folder holding kicox-daegu-textile-apparel.csv)");
        }
        String report = env.getOrDefault("DDD_BENCH_REPORT", "");
        return new Settings(
                api.replaceAll("/+$", ""),
                OperatorToken.fromEnvironment(env),
                required(env, "DDD_DB_URL"),
                env.getOrDefault("DDD_DB_USER", "ddd"),
                env.getOrDefault("DDD_DB_PASSWORD", "ddd"),
                required(env, "DDD_ES_URL").replaceAll("/+$", ""),
                env.getOrDefault("DDD_ES_ALIAS", "ddd-suppliers"),
                register,
                integer(env, "DDD_BENCH_SUPPLIERS", 100_000),
                Long.parseLong(env.getOrDefault("DDD_BENCH_SEED", "20261203")),
                integer(env, "DDD_BENCH_QUERIES", 50),
                Duration.ofSeconds(integer(env, "DDD_BENCH_WARMUP_SECONDS", 120)),
                Duration.ofSeconds(integer(env, "DDD_BENCH_SECONDS", 20)),
                integer(env, "DDD_BENCH_ROUNDS", 2),
                integer(env, "DDD_BENCH_CLIENTS", 4),
                integer(env, "DDD_BENCH_SATURATION_CLIENTS", 16),
                integer(env, "DDD_BENCH_FRESHNESS_UPDATES", 50),
                integer(env, "DDD_BENCH_REINDEX_CLIENTS", 4),
                report.isBlank() ? null : Path.of(report),
                env.getOrDefault("DDD_BENCH_COMMAND", "./ddd bench search"),
                env.getOrDefault("DDD_BENCH_RUNTIMES", ""),
                env.getOrDefault("DDD_BENCH_PIDS", ""),
                env.getOrDefault("DDD_BENCH_REVISION", ""));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set (run the benchmark with ./ddd bench search)");
        }
        return value.strip();
    }

    private static int integer(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
        }
    }
}
