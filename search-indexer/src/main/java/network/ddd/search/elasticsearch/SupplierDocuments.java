package network.ddd.search.elasticsearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import network.ddd.directory.SupplierProfile;
import network.ddd.search.IndexedSupplier;
import network.ddd.search.SearchPage;

/** Maps suppliers to index documents and documents to hits: the only place that knows the field names. */
final class SupplierDocuments {
    private SupplierDocuments() {
    }

    static Map<String, Object> toDocument(IndexedSupplier supplier) {
        SupplierProfile p = supplier.profile();
        Map<String, Object> doc = new LinkedHashMap<>();
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
        if (p.location() != null) {
            doc.put("location", Map.of("lat", p.location().latitude(), "lon", p.location().longitude()));
        }
        doc.put("verified", supplier.verified());
        doc.put("updated_at", supplier.updatedAt().toString());

        List<String> names = new ArrayList<>();
        names.add(p.nameKo());
        names.add(p.nameEn());
        names.addAll(p.aliases());
        names.removeIf(java.util.Objects::isNull);
        doc.put("name_tokens", KoreanText.tokenField(names, false));

        List<String> all = new ArrayList<>(names);
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
    static SearchPage.Hit toHit(Map<String, Object> source) {
        List<String> products = source.get("products") instanceof List<?> list ? (List<String>) list : List.of();
        return new SearchPage.Hit(
                ((Number) source.get("id")).longValue(),
                (String) source.get("name_ko"),
                (String) source.get("name_en"),
                ElasticsearchSupplierIndex.typeOf(source.get("type")),
                (String) source.get("region"),
                (String) source.get("district"),
                (String) source.get("address"),
                products,
                Boolean.TRUE.equals(source.get("verified")));
    }
}
