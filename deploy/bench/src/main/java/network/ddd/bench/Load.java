package network.ddd.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Closed-loop load: N clients, each sending the next query of the mix as soon as its last answer arrived, for a
 * fixed time (and at most a fixed number of requests), all starting together. Latency is measured per request
 * around the call; failed requests are counted and left out of the percentiles.
 */
final class Load {
    /** Something the clients can query: each client opens its own session (a connection, for SQL). */
    interface Target {
        String name();

        Session open() throws Exception;
    }

    /** One client's connection to a target; {@link #call} answers the number of hits, or throws. */
    interface Session extends AutoCloseable {
        long call(QueryMix.BenchQuery query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** The figures of one run. Latencies in milliseconds. */
    record Result(String target, int clients, long ok, long failed, double seconds, double p50, double p95,
                  double p99, double meanHits, String firstError, long[] sortedNanos) {
        double throughput() {
            return ok / seconds;
        }

        /** Several runs of the same target and concurrency as one: requests and time added, latencies pooled. */
        static Result merge(List<Result> runs) {
            Result first = runs.get(0);
            long ok = 0;
            long failed = 0;
            double seconds = 0;
            double hits = 0;
            String error = null;
            long[] all = new long[0];
            for (Result r : runs) {
                ok += r.ok();
                failed += r.failed();
                seconds += r.seconds();
                hits += r.meanHits() * r.ok();
                error = error != null ? error : r.firstError();
                long[] joined = Arrays.copyOf(all, all.length + r.sortedNanos().length);
                System.arraycopy(r.sortedNanos(), 0, joined, all.length, r.sortedNanos().length);
                all = joined;
            }
            Arrays.sort(all);
            return new Result(first.target(), first.clients(), ok, failed, seconds, percentile(all, 0.50),
                    percentile(all, 0.95), percentile(all, 0.99), ok == 0 ? 0 : hits / ok, error, all);
        }
    }

    static final long MAX_REQUESTS = 5_000_000;

    private Load() {
    }

    static Result run(Load.Target target, List<QueryMix.BenchQuery> queries, int clients, Duration duration) {
        return run(target, queries, clients, duration, Duration.ZERO, () -> false);
    }

    /**
     * Runs until the duration is over or {@code stop} says so (checked before every request). With a {@code pace},
     * a client starts a request at most once per pace (a user's rhythm rather than full speed).
     */
    static Result run(Load.Target target, List<QueryMix.BenchQuery> queries, int clients, Duration duration,
                      Duration pace, BooleanSupplier stop) {
        AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
        AtomicLong began = new AtomicLong();
        // the last client to be ready starts the clock, before any client is released
        CyclicBarrier start = new CyclicBarrier(clients + 1, () -> {
            began.set(System.nanoTime());
            deadline.set(began.get() + duration.toNanos());
        });
        AtomicLong issued = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong hits = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = Thread.ofPlatform().name(target.name() + "-client-" + c).start(() -> {
                long[] mine = new long[4096];
                int n = 0;
                Session opened = null;
                try {
                    opened = target.open();
                } catch (Exception e) {
                    firstError.compareAndSet(null, "client could not connect: " + e);
                }
                try {
                    start.await();
                } catch (Exception e) {
                    return;
                }
                if (opened != null) {
                    try (Session session = opened) {
                        // each client walks the whole mix from its own starting point
                        int next = client * queries.size() / clients;
                        long nextStart = System.nanoTime();
                        while (System.nanoTime() < deadline.get() && !stop.getAsBoolean()
                                && issued.incrementAndGet() <= MAX_REQUESTS) {
                            QueryMix.BenchQuery query = queries.get(next);
                            next = (next + 1) % queries.size();
                            if (!pace.isZero()) {
                                long wait = nextStart - System.nanoTime();
                                if (wait > 0) {
                                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                                }
                                nextStart = Math.max(System.nanoTime(), nextStart) + pace.toNanos();
                            }
                            long t0 = System.nanoTime();
                            try {
                                long found = session.call(query);
                                long took = System.nanoTime() - t0;
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = took;
                                hits.addAndGet(found);
                            } catch (Exception e) {
                                failed.incrementAndGet();
                                firstError.compareAndSet(null, query.describe() + ": " + e);
                            }
                        }
                    } catch (Exception e) {
                        firstError.compareAndSet(null, "closing a client: " + e);
                    }
                }
                latencies[client] = mine;
                counts[client] = n;
            });
            threads.add(thread);
        }
        try {
            start.await();
            for (Thread t : threads) {
                t.join();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load run interrupted", e);
        }
        double seconds = (System.nanoTime() - began.get()) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            if (latencies[c] != null) {
                System.arraycopy(latencies[c], 0, all, at, counts[c]);
                at += counts[c];
            }
        }
        Arrays.sort(all);
        return new Result(target.name(), clients, total, failed.get(), seconds, percentile(all, 0.50),
                percentile(all, 0.95), percentile(all, 0.99), total == 0 ? 0 : (double) hits.get() / total,
                firstError.get(), all);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds (NaN when empty). */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
