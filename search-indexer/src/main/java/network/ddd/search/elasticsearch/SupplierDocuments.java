package network.ddd.search.elasticsearch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.MoqBand;
import network.ddd.directory.Places;
import network.ddd.directory.SupplierProfile;
import network.ddd.search.IndexedSupplier;
import network.ddd.search.SearchPage;

/** Maps suppliers to index documents and documents to hits: the only place that knows the field names. */
final class SupplierDocuments {
    /** Bumped whenever the mapping or the analysis changes: an index of an older version is rebuilt. */
    static final int MAPPING_VERSION = 6;

    /** The stored fields a hit is made of ({@link #toHit}); the rest of a document is only for matching. */
    static final List<String> HIT_FIELDS = List.of("id", "name_ko", "name_en", "type", "region", "district",
            "address", "products", "verified", "location", "location_approx", "updated_at");

    private SupplierDocuments() {
    }

    static Map<String, Object> toDocument(IndexedSupplier supplier) {
        SupplierProfile p = supplier.profile();
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("id", supplier.id());
        doc.put("name_ko", p.nameKo());
        doc.put("name_en", p.nameEn());
        doc.put("aliases", p.aliases());
        doc.put("type", p.type().name());
        doc.put("country", p.address().country());
        doc.put("region", p.address().region());
        doc.put("district", p.address().district());
        doc.put("address", p.address().displayLine());
        doc.put("products", p.products());
        doc.put("processes", p.processes());
        doc.put("certifications", p.certifications());
        doc.put("workers_band", p.workforce().band());
        doc.put("workers_count", p.workforce().count());
        doc.put("moq", p.moq());
        doc.put("moq_band", MoqBand.of(p.moq()).map(Enum::name).orElse(null));
        doc.put("lead_time_days", p.leadTimeDays());
        GeoPoint location = p.location();
        boolean approximate = false;
        if (location == null) {
            location = Places.centreOf(p.address().region(), p.address().district()).orElse(null);
            approximate = location != null;
        }
        if (location != null) {
            doc.put("location", Map.of("lat", location.latitude(), "lon", location.longitude()));
        }
        doc.put("location_approx", approximate);
        doc.put("verified", supplier.verified());
        doc.put("updated_at", supplier.updatedAt().toString());

        List<String> names = new ArrayList<>();
        names.add(p.nameKo());
        names.add(p.nameEn());
        names.addAll(p.aliases());
        names.removeIf(Objects::isNull);
        List<String> matchNames = names.stream().map(KoreanText::withoutLegalForm).toList();

        Set<String> compacts = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        Set<String> suggestions = new LinkedHashSet<>();
        for (String name : matchNames) {
            compacts.add(KoreanText.compactStripped(name));
            initials.add(KoreanText.initials(name));
            String[] words = name.split("\\s+");
            for (int i = 0; i < words.length && i < 4; i++) { // "제이드 청포도" is also found from "청포도"
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                suggestions.add(KoreanText.compactStripped(tail));
                suggestions.add(KoreanText.initials(tail));
            }
        }
        compacts.remove("");
        initials.remove("");
        suggestions.remove("");
        doc.put("name_compact", List.copyOf(compacts));
        doc.put("name_initials", List.copyOf(initials));
        doc.put("suggest", Map.of("input", List.copyOf(suggestions)));
        doc.put("name_tokens", KoreanText.tokenField(matchNames, false));
        Set<String> jamo = new LinkedHashSet<>();
        for (String name : matchNames) {
            jamo.add(KoreanText.jamo(KoreanText.compactStripped(name)));
            for (String token : KoreanText.tokens(name)) {
                if (token.length() >= 2) {
                    jamo.add(KoreanText.jamo(token));
                }
            }
        }
        jamo.remove("");
        doc.put("name_jamo", String.join(" ", jamo));

        List<String> all = new ArrayList<>(matchNames);
        all.addAll(p.type().searchTerms());
        all.addAll(p.products());
        all.addAll(p.processes());
        all.addAll(p.certifications());
        if (p.address().region() != null) {
            all.add(p.address().region());
        }
        if (p.address().district() != null) {
            all.add(p.address().district());
        }
        if (p.address().displayLine() != null) {
            all.add(p.address().displayLine());
        }
        doc.put("all_tokens", KoreanText.tokenField(all, true));
        return doc;
    }

    @SuppressWarnings("unchecked")
    static SearchPage.Hit toHit(Map<String, Object> source, Double distanceKm) {
        List<String> products = source.get("products") instanceof List<?> list ? (List<String>) list : List.of();
        Object updated = source.get("updated_at");
        return new SearchPage.Hit(
                ((Number) source.get("id")).longValue(),
                (String) source.get("name_ko"),
                (String) source.get("name_en"),
                ElasticsearchSupplierIndex.typeOf(source.get("type")),
                (String) source.get("region"),
                (String) source.get("district"),
                (String) source.get("address"),
                products,
                Boolean.TRUE.equals(source.get("verified")),
                distanceKm,
                Boolean.TRUE.equals(source.get("location_approx")),
                updated == null ? null : Instant.parse(updated.toString()));
    }
}
