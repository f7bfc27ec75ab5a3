package network.ddd.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.Places;
import network.ddd.directory.SupplierType;
import network.ddd.search.SupplierQuery;

/**
 * The fixed query mix: every query has a text, two facet filters and a geo filter, as a buyer narrowing a search on
 * the page would send. Drawn with a fixed seed from the scaled data set, so the facet values exist and most queries
 * find something:
 * <ul>
 *   <li>type + district, text = a trade word of that type (염색, 원단, 봉제, 니트 …), the front of a real firm name,
 *       or a real product word;</li>
 *   <li>region + workforce band, text = a general trade word (양말, 자수, 나염, cotton …) or a district name;</li>
 * </ul>
 * all within 5, 10, 15 or 20 km of a district centre, sorted by distance (the API's default with a place). Each
 * query exists as the API's query string, as the {@link SupplierQuery} the app builds from it (for Elasticsearch)
 * and as the words and filters of the naive SQL.
 */
final class QueryMix {
    /** One query of the mix. {@code facets} names the two filters for the report. */
    record BenchQuery(int number, SupplierQuery query, String apiPath, String facets) {
        String describe() {
            return "q=" + query.text() + ", " + facets + ", within " + (int) query.near().radiusKm() + " km";
        }
    }

    static final int PAGE_SIZE = 20;
    private static final Map<SupplierType, List<String>> TRADE_WORDS = Map.ofEntries(
            Map.entry(SupplierType.FABRIC_MILL, List.of("원단", "직물", "원사")),
            Map.entry(SupplierType.KNITTING, List.of("니트", "편직")),
            Map.entry(SupplierType.DYEING_FINISHING, List.of("염색", "가공")),
            Map.entry(SupplierType.PRINTING, List.of("나염", "날염")),
            Map.entry(SupplierType.OTHER_TEXTILE, List.of("섬유", "자수", "레이스")),
            Map.entry(SupplierType.SEWING, List.of("봉제", "의류")),
            Map.entry(SupplierType.KNITWEAR, List.of("니트")),
            Map.entry(SupplierType.ACCESSORIES, List.of("양말", "자수")),
            Map.entry(SupplierType.LEATHER_FOOTWEAR, List.of("가죽", "신발")));
    private static final List<String> GENERAL_WORDS = List.of("염색", "니트", "봉제", "원단", "나염", "양말", "자수",
            "cotton", "직물", "가공", "폴리", "텍스타일");
    private static final int[] RADII_KM = {5, 10, 15, 20};

    private QueryMix() {
    }

    static List<BenchQuery> build(List<BenchSupplier> suppliers, int count, long seed) {
        Random random = new Random(seed ^ 0x5EA2C4L);
        List<BenchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BenchSupplier s = suppliers.get(random.nextInt(suppliers.size()));
            int km = RADII_KM[random.nextInt(RADII_KM.length)];
            GeoPoint centre = Places.centreOf(s.region(), s.district()).orElseThrow();
            SupplierQuery.Builder q = SupplierQuery.builder()
                    .near(new SupplierQuery.Near(centre, km, null))
                    .sort(SupplierQuery.Sort.DISTANCE)
                    .page(0)
                    .size(PAGE_SIZE);
            String facets;
            switch (i % 5) {
                case 0, 1, 2 -> {
                    String text = switch (i % 5) {
                        case 0 -> pick(TRADE_WORDS.getOrDefault(s.type(), List.of("섬유")), random);
                        case 1 -> s.nameStart();
                        default -> s.products().isEmpty() || s.products().get(0).length() > 12
                                ? pick(TRADE_WORDS.getOrDefault(s.type(), List.of("섬유")), random)
                                : s.products().get(0);
                    };
                    q.text(text).type(s.type()).district(s.district());
                    facets = "type=" + s.type() + ", district=" + s.district();
                }
                default -> {
                    String band = s.workersBand() == null ? "1~9명" : s.workersBand();
                    String text = i % 5 == 3 ? pick(GENERAL_WORDS, random) : s.district();
                    q.text(text).region(s.region()).workersBand(band);
                    facets = "region=" + s.region() + ", workers=" + band;
                }
            }
            SupplierQuery query = q.build();
            queries.add(new BenchQuery(i + 1, query, apiPath(query), facets));
        }
        return List.copyOf(queries);
    }

    /** The API call a client makes for the query (sort left to the API's default: distance, with a place). */
    static String apiPath(SupplierQuery q) {
        StringBuilder path = new StringBuilder("/api/v1/suppliers?q=").append(encode(q.text()));
        param(path, "type", q.type() == null ? null : q.type().name());
        param(path, "region", q.region());
        param(path, "district", q.district());
        param(path, "workers", q.workersBand());
        path.append("&lat=").append(q.near().point().latitude())
                .append("&lng=").append(q.near().point().longitude())
                .append("&km=").append(formatKm(q.near().radiusKm()))
                .append("&size=").append(q.size());
        return path.toString();
    }

    private static String formatKm(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }

    private static void param(StringBuilder path, String name, String value) {
        if (value != null) {
            path.append('&').append(name).append('=').append(encode(value));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
