package network.ddd.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Commit → visible in search: updates suppliers one at a time through the app — a one-row canonical CSV import
 * (same source and source id, so the existing supplier is updated) whose Korean name gains a new made-up word —
 * and polls the search API for that word every ~20 ms until the supplier is found. The clock starts when the import
 * answer has ended (its transaction, outbox row included, is committed by then) and stops at the first answer that
 * holds the supplier. Nothing else loads the servers meanwhile.
 */
final class Freshness {
    /** The figures: milliseconds from commit to visible, sorted; {@code invisible} never appeared in time. */
    record Result(long[] sortedMillis, int invisible, String firstError) {
        double percentile(double p) {
            long[] nanos = Arrays.stream(sortedMillis).map(ms -> ms * 1_000_000).toArray();
            return Load.percentile(nanos, p);
        }

        double max() {
            return sortedMillis.length == 0 ? Double.NaN : sortedMillis[sortedMillis.length - 1];
        }
    }

    static final long POLL_MILLIS = 20;
    static final long GIVE_UP_MILLIS = 15_000;
    private static final String HEADER = "name_ko,type,address,region,district,lat,lng,products,processes,workers,"
            + "source,source_id";

    private Freshness() {
    }

    interface Progress {
        void measured(int done, int total, long millis);
    }

    static Result run(Api api, Connection db, List<BenchSupplier> suppliers, int updates, long seed,
                      Progress progress) throws Exception {
        Random random = new Random(seed ^ 0xF2E5L);
        List<Long> millis = new ArrayList<>();
        int invisible = 0;
        String firstError = null;
        for (int i = 0; i < updates; i++) {
            BenchSupplier s = suppliers.get(random.nextInt(suppliers.size()));
            long id = idOf(db, s.sourceId());
            String word = madeUpWord(random);
            String[] result = {null};
            int status = api.post("/api/v1/imports?format=ddd&name=bench-freshness.csv", csv(s, word),
                    line -> {
                        if (line.startsWith("RESULT")) {
                            result[0] = line;
                        }
                    });
            long committed = System.nanoTime();
            if (status != 200 || result[0] == null || !result[0].contains("updated=1")) {
                invisible++;
                if (firstError == null) {
                    firstError = "import of " + s.sourceId() + " answered HTTP " + status + ", " + result[0];
                }
                continue;
            }
            Pattern found = Pattern.compile("\"id\"\\s*:\\s*" + id + "\\b");
            String path = "/api/v1/suppliers?q=" + word + "&size=5";
            long visibleAfter = -1;
            while (System.nanoTime() - committed < GIVE_UP_MILLIS * 1_000_000) {
                long polled = System.nanoTime();
                try {
                    if (found.matcher(api.search(path)).find()) {
                        visibleAfter = (System.nanoTime() - committed) / 1_000_000;
                        break;
                    }
                } catch (Api.FailedSearch e) {
                    if (firstError == null) {
                        firstError = "search for " + word + ": " + e.getMessage();
                    }
                }
                long wait = POLL_MILLIS - (System.nanoTime() - polled) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            if (visibleAfter < 0) {
                invisible++;
            } else {
                millis.add(visibleAfter);
            }
            progress.measured(i + 1, updates, visibleAfter);
        }
        return new Result(millis.stream().mapToLong(Long::longValue).sorted().toArray(), invisible, firstError);
    }

    /** Eight random Latin letters: one token for the analyser, found nowhere else in the data. */
    static String madeUpWord(Random random) {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static long idOf(Connection db, String sourceId) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("select id from supplier where source = ? and source_id = ?")) {
            st.setString(1, BenchSupplier.SOURCE);
            st.setString(2, sourceId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("supplier " + sourceId + " is not in the database");
                }
                return rs.getLong(1);
            }
        }
    }

    /** The supplier as a one-row canonical CSV, its Korean name extended by the word. */
    static String csv(BenchSupplier s, String word) {
        String workers = s.workersCount() != null ? s.workersCount().toString()
                : s.workersBand() != null ? s.workersBand() : "";
        return HEADER + "\n" + String.join(",", cell(s.nameKo() + " " + word), s.type().name(), cell(s.roadAddress()),
                cell(s.region()), cell(s.district()), String.format(Locale.ROOT, "%.5f", s.latitude()),
                String.format(Locale.ROOT, "%.5f", s.longitude()), cell(String.join("|", s.products())),
                cell(String.join("|", s.processes())), cell(workers), BenchSupplier.SOURCE, s.sourceId()) + "\n";
    }

    private static String cell(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
