package network.ddd.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import network.ddd.directory.SupplierType;
import network.ddd.search.SearchPage;
import network.ddd.search.SupplierQuery;

/**
 * The directory searched straight in PostgreSQL, used only while the search server is down: every word must
 * appear (ILIKE) in a name, alias, product, process or address, or name the supplier's type; filters and the
 * type/region/district facets work; no Korean analysis, no typo tolerance, no ranking beyond name order. Worse,
 * but working.
 */
@ApplicationScoped
public class DatabaseSupplierSearch {
    private static final List<String> FACET_COLUMNS = List.of("supplier_type", "region", "district", "workers_band");

    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    public SearchPage search(SupplierQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        String distance = query.near() == null ? "null" : distanceSql(query, params);
        long total = ((Number) bind(em.createNativeQuery("select count(*) from supplier s where " + where), params)
                .getSingleResult()).longValue();
        String order = switch (query.sort()) {
            case DISTANCE -> "distance_km nulls last, s.id";
            case RECENT -> "s.updated_at desc, s.id";
            case RELEVANCE -> "coalesce(s.name_ko, s.name_en), s.id";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select s.id, s.name_ko, s.name_en, s.supplier_type, s.region, "
                + "s.district, coalesce(s.road_address, s.lot_address), s.products, s.verified, " + distance
                + " as distance_km, s.updated_at from supplier s where " + where + " order by " + order), params)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultList();
        List<SearchPage.Hit> hits = new ArrayList<>();
        StringListConverter lists = new StringListConverter();
        for (Object[] r : rows) {
            hits.add(new SearchPage.Hit(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    SupplierType.valueOf((String) r[3]), (String) r[4], (String) r[5], (String) r[6],
                    lists.convertToEntityAttribute((String) r[7]), Boolean.TRUE.equals(r[8]),
                    r[9] == null ? null : Math.round(((Number) r[9]).doubleValue() * 10) / 10.0, false,
                    r[10] instanceof Timestamp t ? t.toInstant() : null));
        }
        Map<String, List<SearchPage.FacetCount>> facets = new LinkedHashMap<>();
        for (String column : FACET_COLUMNS) {
            @SuppressWarnings("unchecked")
            List<Object[]> counts = bind(em.createNativeQuery("select s." + column + ", count(*) from supplier s where "
                    + where + " and s." + column + " is not null group by 1 order by 2 desc, 1 limit 30"), params)
                    .getResultList();
            List<SearchPage.FacetCount> values = new ArrayList<>();
            for (Object[] c : counts) {
                values.add(new SearchPage.FacetCount(String.valueOf(c[0]), ((Number) c[1]).longValue()));
            }
            facets.put(facetName(column), values);
        }
        List<String> terms = query.text() == null ? List.of() : List.of(query.text().split("\\s+"));
        return new SearchPage(total, query.page(), query.size(), hits, facets, terms, true);
    }

    private static String facetName(String column) {
        return switch (column) {
            case "supplier_type" -> SearchPage.FACET_TYPE;
            case "workers_band" -> SearchPage.FACET_WORKERS;
            default -> column;
        };
    }

    private static String where(SupplierQuery q, List<Object> params) {
        StringBuilder sql = new StringBuilder("true");
        if (q.text() != null) {
            for (String word : q.text().split("\\s+")) {
                params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                int p = params.size();
                sql.append(" and (s.name_ko ilike ?").append(p).append(" or s.name_en ilike ?").append(p)
                        .append(" or s.aliases ilike ?").append(p).append(" or s.products ilike ?").append(p)
                        .append(" or s.processes ilike ?").append(p).append(" or s.road_address ilike ?").append(p);
                List<String> types = typesNamedBy(word);
                if (!types.isEmpty()) {
                    params.add(types.toArray(String[]::new));
                    sql.append(" or s.supplier_type = any(?").append(params.size()).append(")");
                }
                sql.append(")");
            }
        }
        // one facet's values are alternatives (OR), facets combine with AND
        anyOf(sql, params, "s.supplier_type", q.types().stream().map(Enum::name).toList());
        anyOf(sql, params, "s.region", q.regions());
        anyOf(sql, params, "s.district", q.districts());
        anyOf(sql, params, "s.workers_band", q.workersBands());
        containsAnyOf(sql, params, "s.processes", q.processes());
        containsAnyOf(sql, params, "s.certifications", q.certifications());
        if (q.near() != null) {
            double lat = q.near().point().latitude();
            double lng = q.near().point().longitude();
            double dLat = q.near().radiusKm() / 111.0;
            double dLng = q.near().radiusKm() / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
            params.add(lat - dLat);
            params.add(lat + dLat);
            params.add(lng - dLng);
            params.add(lng + dLng);
            int p = params.size();
            sql.append(" and s.latitude between ?").append(p - 3).append(" and ?").append(p - 2)
                    .append(" and s.longitude between ?").append(p - 1).append(" and ?").append(p);
        }
        return sql.toString();
    }

    private static String distanceSql(SupplierQuery q, List<Object> params) {
        params.add(q.near().point().latitude());
        params.add(q.near().point().longitude());
        int lat = params.size() - 1;
        int lng = params.size();
        return "(6371 * 2 * asin(sqrt(power(sin(radians(s.latitude - ?" + lat + ") / 2), 2) + cos(radians(?" + lat
                + ")) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ?" + lng + ") / 2), 2))))";
    }

    private static void anyOf(StringBuilder sql, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            params.add(values.toArray(String[]::new));
            sql.append(" and ").append(column).append(" = any(?").append(params.size()).append(")");
        }
    }

    private static void containsAnyOf(StringBuilder sql, List<Object> params, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append(" and (false");
        for (String value : values) {
            params.add("%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" or ").append(column).append(" ilike ?").append(params.size());
        }
        sql.append(")");
    }

    private static List<String> typesNamedBy(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> types = new ArrayList<>();
        for (SupplierType type : SupplierType.values()) {
            if (type.searchTerms().contains(w)) {
                types.add(type.name());
            }
        }
        return types;
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
