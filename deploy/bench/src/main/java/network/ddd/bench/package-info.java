/**
 * {@code ./ddd bench search}: a benchmark of supplier search, not a test. It prints figures and writes them to
 * {@code docs/BENCHMARKS.md}; a missed target is reported, never an exit failure.
 *
 * <p>{@link network.ddd.bench.SearchBenchmark} runs the phases against servers the launcher started for it alone
 * (PostgreSQL, Elasticsearch, the app on Payara Micro): a data set scaled from the real KICOX Daegu register
 * ({@link network.ddd.bench.RealRegister}, {@link network.ddd.bench.ScaledRegister}) loaded straight into the
 * database ({@link network.ddd.bench.SupplierLoader}); a full rebuild of the index through the app; a fixed query
 * mix ({@link network.ddd.bench.QueryMix}) sent at fixed concurrency ({@link network.ddd.bench.Load}) to the API,
 * to Elasticsearch directly and as a naive ILIKE query to PostgreSQL; commit-to-visible latency
 * ({@link network.ddd.bench.Freshness}); a second rebuild under search load. Never point it at data you keep: it
 * writes suppliers with source {@code bench}.
 */
package network.ddd.bench;
