package network.ddd.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import network.ddd.search.SupplierQuery;

/**
 * The naive baseline: what a first version would do without a search server. Every word of the text ILIKE
 * '%word%' in the Korean or English name, the products or the processes; the two facets as equality; the geo
 * filter as a latitude/longitude bounding box; the first 20 by name, plus count(*) for the total. No index helps
 * (there is none for it), as in that first version. Each client has its own connection.
 */
final class IlikeTarget implements Load.Target {
    private final Settings settings;

    IlikeTarget(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "ilike";
    }

    @Override
    public Load.Session open() throws SQLException {
        Connection connection = SupplierLoader.connect(settings);
        return new Load.Session() {
            @Override
            public long call(QueryMix.BenchQuery query) throws SQLException {
                return search(connection, query.query());
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }

    static long search(Connection connection, SupplierQuery q) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        try (PreparedStatement page = bind(connection.prepareStatement("""
                select id, name_ko, name_en, supplier_type, region, district, road_address, products
                from supplier where %s order by coalesce(name_ko, name_en), id limit %d"""
                .formatted(where, q.size())), params);
             ResultSet rows = page.executeQuery()) {
            while (rows.next()) {
                rows.getString(2); // read the row as an answer would
            }
        }
        try (PreparedStatement count = bind(connection.prepareStatement(
                "select count(*) from supplier where " + where), params);
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String where(SupplierQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder("true");
        if (q.text() != null) {
            for (String word : q.text().split("\\s+")) {
                String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                sql.append(" and (name_ko ilike ? or name_en ilike ? or products ilike ? or processes ilike ?)");
                for (int i = 0; i < 4; i++) {
                    params.add(like);
                }
            }
        }
        equal(sql, params, "supplier_type", q.type() == null ? null : q.type().name());
        equal(sql, params, "region", q.region());
        equal(sql, params, "district", q.district());
        equal(sql, params, "workers_band", q.workersBand());
        if (q.near() != null) {
            double lat = q.near().point().latitude();
            double lng = q.near().point().longitude();
            double dLat = q.near().radiusKm() / 111.0;
            double dLng = q.near().radiusKm() / (111.0 * Math.cos(Math.toRadians(lat)));
            sql.append(" and latitude between ? and ? and longitude between ? and ?");
            params.add(lat - dLat);
            params.add(lat + dLat);
            params.add(lng - dLng);
            params.add(lng + dLng);
        }
        return sql.toString();
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }
}
