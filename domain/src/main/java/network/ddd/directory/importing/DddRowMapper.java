package network.ddd.directory.importing;

import network.ddd.directory.Address;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;

/**
 * Our canonical CSV (README, deploy/sample/template.csv): {@code name_ko,name_en,aliases,type,brn,address,region,
 * district,lat,lng,products,processes,certifications,workers,moq,lead_time_days,source,source_id}; list cells
 * separated by {@code |}. Without source/source_id a row gets source {@code ddd} and an id from its names.
 */
final class DddRowMapper implements RowMapper {
    static final String DEFAULT_SOURCE = "ddd";
    private static final String LIST = "\\|";

    @Override
    public RowOutcome map(Row row) {
        String address = row.get("address");
        String region = row.get("region");
        String officialRegion = KoreanRegions.ofName(region);
        SupplierProfile profile = SupplierProfile.builder()
                .nameKo(row.get("name_ko"))
                .nameEn(row.get("name_en"))
                .aliases(Fields.list(row, "aliases", LIST))
                .type(SupplierType.ofCode(row.get("type")))
                .brn(BusinessRegistrationNumber.parse(row.get("brn")))
                .products(Fields.list(row, "products", LIST))
                .processes(Fields.list(row, "processes", LIST))
                .certifications(Fields.list(row, "certifications", LIST))
                .workforce(Workforce.parse(row.get("workers")))
                .moq(row.get("moq"))
                .leadTimeDays(Fields.integer(row, "lead_time_days"))
                .address(new Address(row.get("country"), address, row.get("lot_address"),
                        officialRegion != null ? officialRegion
                                : region != null ? region : KoreanRegions.ofAddress(address),
                        row.get("district") != null ? row.get("district")
                                : KoreanRegions.districtOfAddress(address)))
                .location(GeoPoint.ofNullable(Fields.decimal(row, "lat"), Fields.decimal(row, "lng")))
                .build();
        String source = row.get("source") == null ? DEFAULT_SOURCE : row.get("source");
        String sourceId = row.get("source_id");
        if (sourceId == null) {
            if (row.get("source") != null) {
                throw new InvalidSupplierException("source_id", "error.cell.required");
            }
            sourceId = profile.displayName();
        }
        return new RowOutcome.Accepted(new SourceRef(source, sourceId), profile);
    }
}
