package network.ddd.directory.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import network.ddd.directory.Address;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;

/**
 * Brand-contributed facility lists (country, name, address, sector, lat, lng) as used to seed Open Supply Hub:
 * country spelled many ways, stray characters. They carry no id, so the source id is a digest of the list name
 * and the row's normalised name and address: re-importing the list finds the same suppliers.
 */
final class OshListRowMapper implements RowMapper {
    static final String SOURCE = "osh-list";
    private final String listName;

    OshListRowMapper(String listName) {
        this.listName = listName == null || listName.isBlank() ? "list" : listName.strip();
    }

    @Override
    public RowOutcome map(Row row) {
        String name = row.get("name");
        if (name == null) {
            throw new InvalidSupplierException("name", "error.name.missing");
        }
        String country = Countries.codeOf(row.get("country"));
        if (country == null) {
            throw new InvalidSupplierException("country", "error.country.unknown", String.valueOf(row.get("country")));
        }
        String address = row.get("address") == null ? null : row.get("address").replaceAll(",\\s*,", ",");
        String sector = row.get("sector") == null ? "" : row.get("sector").toLowerCase(Locale.ROOT);
        SupplierProfile profile = SupplierProfile.builder()
                .nameEn(name)
                .type(sector.contains("footwear") ? SupplierType.LEATHER_FOOTWEAR
                        : sector.contains("textile") ? SupplierType.FABRIC_MILL : SupplierType.SEWING)
                .products(Fields.list(row, "sector", "\\|"))
                .address(new Address(country, address, null,
                        "KR".equals(country) ? KoreanRegions.ofAddress(address) : null, null))
                .location(GeoPoint.ofNullable(Fields.decimal(row, "lat"), Fields.decimal(row, "lng")))
                .build();
        return new RowOutcome.Accepted(new SourceRef(SOURCE, sourceId(name, address)), profile);
    }

    private String sourceId(String name, String address) {
        String key = (name + "|" + (address == null ? "" : address)).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}|]", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return listName + ":" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
