package network.ddd.directory.importing;

import java.util.List;
import java.util.Locale;
import network.ddd.directory.Address;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;

/**
 * Open Supply Hub facility rows (os_id, romanised name and address, coordinates, tier, product words). Product
 * words are contributor text, sometimes spreadsheet debris: only plain words are kept.
 */
final class OshFacilityRowMapper implements RowMapper {
    static final String SOURCE = "osh";

    @Override
    public RowOutcome map(Row row) {
        String osId = row.get("os_id");
        if (osId == null) {
            throw new InvalidSupplierException("os_id", "error.cell.required");
        }
        if ("true".equalsIgnoreCase(row.get("closed"))) {
            return new RowOutcome.Skipped("import.skip.closed");
        }
        String country = Countries.codeOf(row.has("country_code") ? row.get("country_code") : row.get("country"));
        if (country == null) {
            throw new InvalidSupplierException("country_code", "error.country.unknown",
                    String.valueOf(row.get("country_code")));
        }
        List<String> words = Fields.list(row, "product_words_as_reported_any_contributor", "\\|").stream()
                .filter(w -> w.matches("[\\p{L} &-]{2,40}"))
                .toList();
        Integer workers = workersOf(row);
        SupplierProfile profile = SupplierProfile.builder()
                .nameEn(row.get("name"))
                .type(typeOf(row.get("name"), words, row.get("tier")))
                .products(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList())
                .processes(row.get("tier") == null || row.get("tier").equals("unknown") ? List.of()
                        : List.of(row.get("tier")))
                .workforce(new Workforce(workers, null))
                .address(new Address(country, row.get("address_as_recorded"), null,
                        "KR".equals(country) ? KoreanRegions.ofIso(row.get("region_key")) : null, null))
                .location(GeoPoint.ofNullable(Fields.decimal(row, "lat"), Fields.decimal(row, "lng")))
                .build();
        return new RowOutcome.Accepted(new SourceRef(SOURCE, osId), profile);
    }

    /** The median of the contributors' estimates may be fractional (e.g. 101.75): rounded to whole people. */
    private static Integer workersOf(Row row) {
        Double median = Fields.decimal(row, "workers_est_median");
        if (median == null) {
            return null;
        }
        if (!Double.isFinite(median) || Math.abs(median) > Integer.MAX_VALUE) {
            throw new InvalidSupplierException("workers_est_median", "error.cell.integer",
                    row.get("workers_est_median"));
        }
        return (int) Math.round(median);
    }

    /**
     * What the facility does: its own name says it best (JOONGANG DYEING FABRIC is a dye house, even on a
     * footwear brand's list); then materials suppliers (tier 2, "MATERIALS") are mills; then finished footwear.
     */
    private static SupplierType typeOf(String name, List<String> words, String tier) {
        String own = name == null ? "" : name.toUpperCase(Locale.ROOT);
        String all = String.join(" ", words).toUpperCase(Locale.ROOT);
        if (own.contains("DYEING") || own.matches(".*\\bDYE\\b.*")) {
            return SupplierType.DYEING_FINISHING;
        }
        if (own.contains("KNIT")) {
            return SupplierType.KNITTING;
        }
        boolean materials = all.contains("MATERIALS") || all.contains("FABRIC") || all.contains("TEXTILE")
                || tier != null && tier.startsWith("Tier 2");
        if (all.contains("FOOTWEAR") && !materials) {
            return SupplierType.LEATHER_FOOTWEAR;
        }
        if (materials || own.contains("TEXTILE")) {
            return SupplierType.FABRIC_MILL;
        }
        return all.contains("FOOTWEAR") ? SupplierType.LEATHER_FOOTWEAR : SupplierType.SEWING;
    }
}
