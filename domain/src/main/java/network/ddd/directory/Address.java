package network.ddd.directory;

import static network.ddd.directory.Texts.clean;

/**
 * Where a supplier is. Korean addresses come as a road-name address (도로명주소) and/or a lot-number address
 * (지번주소); {@code region} is the 시/도 and {@code district} the 시/군/구. Country is ISO 3166-1 alpha-2.
 */
public record Address(String country, String roadAddress, String lotAddress, String region, String district) {
    public static final Address NONE = new Address("KR", null, null, null, null);

    public Address {
        country = clean(country) == null ? "KR" : clean(country).toUpperCase(java.util.Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new InvalidSupplierException("country", "error.country.unknown", country);
        }
        roadAddress = clean(roadAddress, 500, "road_address");
        lotAddress = clean(lotAddress, 500, "lot_address");
        region = clean(region, 100, "region");
        district = clean(district, 100, "district");
    }

    /** One line for lists: the road-name address, else the lot-number address. */
    public String displayLine() {
        return roadAddress != null ? roadAddress : lotAddress;
    }
}
