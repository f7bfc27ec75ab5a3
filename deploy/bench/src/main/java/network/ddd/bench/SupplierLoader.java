package network.ddd.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the scaled data set straight into the {@code supplier} table with PostgreSQL's COPY, in one transaction
 * (version 1, source {@code bench}), then ANALYZE. Only after the app has started, so that its migrations made the
 * schema. Search does not see these rows until the index is rebuilt from the database.
 */
final class SupplierLoader {
    private static final String COPY = """
            copy supplier (version, source, source_id, name_ko, supplier_type, processes, products, workers_count,
                           workers_band, country, road_address, region, district, latitude, longitude, verified,
                           created_at, updated_at)
            from stdin with (format csv)""";
    private static final int CHUNK = 10_000;

    private SupplierLoader() {
    }

    interface Progress {
        void loaded(int done, int total);
    }

    static void load(Connection connection, List<BenchSupplier> suppliers, Progress progress)
            throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String now = Instant.now().toString();
        StringBuilder csv = new StringBuilder(CHUNK * 300);
        for (int i = 0; i < suppliers.size(); i++) {
            BenchSupplier s = suppliers.get(i);
            csv.append("1,").append(BenchSupplier.SOURCE).append(',').append(s.sourceId()).append(',')
                    .append(quote(s.nameKo())).append(',').append(s.type().name()).append(',')
                    .append(quote(String.join("\n", s.processes()))).append(',')
                    .append(quote(String.join("\n", s.products()))).append(',')
                    .append(s.workersCount() == null ? "" : s.workersCount()).append(',')
                    .append(quote(s.workersBand())).append(",KR,")
                    .append(quote(s.roadAddress())).append(',').append(quote(s.region())).append(',')
                    .append(quote(s.district())).append(',').append(s.latitude()).append(',').append(s.longitude())
                    .append(",false,").append(now).append(',').append(now).append('\n');
            if ((i + 1) % CHUNK == 0 || i + 1 == suppliers.size()) {
                copy.copyIn(COPY, new StringReader(csv.toString()));
                csv.setLength(0);
                progress.loaded(i + 1, suppliers.size());
            }
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
        try (Statement st = connection.createStatement()) {
            st.execute("analyze supplier");
        }
    }

    /** Suppliers with source {@code bench} already in the table (a leftover would distort every figure). */
    static long existing(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("select count(*) from supplier")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Connection connect(Settings settings) throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    /** A CSV cell for COPY: empty (NULL) when absent, else quoted with doubled quotes. */
    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
