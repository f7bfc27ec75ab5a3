package network.ddd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of each server and of the benchmark's own clients, from Linux's /proc, so that each phase can say who
 * used the CPUs — and how much went to other processes on the machine, which would make the figures pessimistic.
 * Processes: named pids (from {@code DDD_BENCH_PIDS="app=1 es=2 pg=3"}) with their children (PostgreSQL serves each
 * connection from a child process), this JVM as "bench", the rest of the machine as "other". Without /proc every
 * figure is NaN.
 */
final class Cpu {
    static final List<String> COLUMNS = List.of("app", "es", "pg", "bench", "other");
    private static final double TICKS = 100.0; // USER_HZ on Linux

    /** CPU seconds per column at one instant, and the wall clock. */
    record Snapshot(long nanos, Map<String, Double> seconds) {
    }

    /** Cores busy on average between two snapshots, per column. */
    record Usage(double wallSeconds, Map<String, Double> cores) {
        double of(String column) {
            return cores.getOrDefault(column, Double.NaN);
        }
    }

    private final Map<String, Long> pids;

    Cpu(String spec) {
        pids = new LinkedHashMap<>();
        if (spec != null) {
            for (String part : spec.trim().split("\\s+")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2 && kv[1].matches("\\d+")) {
                    pids.put(kv[0], Long.parseLong(kv[1]));
                }
            }
        }
    }

    Snapshot take() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<Long, long[]> all = processes();
        double ours = 0;
        for (var e : pids.entrySet()) {
            double s = treeTicks(all, e.getValue()) / TICKS;
            seconds.put(e.getKey(), s);
            ours += s;
        }
        double bench = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9)
                .orElse(Double.NaN);
        seconds.put("bench", bench);
        ours += bench;
        seconds.put("other", machineBusyTicks() / TICKS - ours);
        return new Snapshot(System.nanoTime(), seconds);
    }

    static Usage between(Snapshot a, Snapshot b) {
        double wall = (b.nanos() - a.nanos()) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            Double x = a.seconds().get(column);
            Double y = b.seconds().get(column);
            cores.put(column, x == null || y == null ? Double.NaN : Math.max(0, (y - x) / wall));
        }
        return new Usage(wall, cores);
    }

    /** Several stretches as one: cores weighted by each stretch's time. */
    static Usage merge(List<Usage> parts) {
        double wall = 0;
        Map<String, Double> busy = new LinkedHashMap<>();
        for (Usage u : parts) {
            wall += u.wallSeconds();
            for (String column : COLUMNS) {
                busy.merge(column, u.of(column) * u.wallSeconds(), Double::sum);
            }
        }
        double total = wall;
        Map<String, Double> cores = new LinkedHashMap<>();
        busy.forEach((column, seconds) -> cores.put(column, seconds / total));
        return new Usage(wall, cores);
    }

    /** pid → {ppid, utime+stime+cutime+cstime in ticks} of every process. */
    private static Map<Long, long[]> processes() {
        Map<Long, long[]> all = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // f[0] is field 3 (state): field n is f[n - 3]
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                    all.put(Long.parseLong(name), new long[] {Long.parseLong(f[1]), ticks});
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return all;
    }

    private static double treeTicks(Map<Long, long[]> all, long pid) {
        long[] own = all.get(pid);
        if (own == null) {
            return Double.NaN;
        }
        double ticks = own[1];
        for (var e : all.entrySet()) {
            if (e.getValue()[0] == pid) {
                ticks += treeTicks(all, e.getKey());
            }
        }
        return ticks;
    }

    /** Busy ticks of the whole machine (all CPUs) since boot. */
    private static double machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7}) { // user nice system irq softirq (not idle, iowait, steal)
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
