package network.ddd.directory.importing;

import java.util.ArrayList;
import java.util.List;
import network.ddd.directory.Address;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;

/**
 * KICOX FactoryOn register rows (한국산업단지공단 「전국(개별,계획) 입주업체현황」): Korean names, KSIC sector
 * codes, road-name addresses with the 동 in brackets. Rows of other sectors are skipped, not rejected.
 */
final class KicoxRowMapper implements RowMapper {
    static final String SOURCE = "kicox";

    @Override
    public RowOutcome map(Row row) {
        String id = row.get("id");
        if (id == null) {
            throw new InvalidSupplierException("id", "error.cell.required");
        }
        String name = row.get("name");
        if (name == null) {
            throw new InvalidSupplierException("name", "error.name.missing");
        }
        String sectorCode = row.get("sector_code");
        if (sectorCode == null || !sectorCode.matches("\\d{5}")) {
            throw new InvalidSupplierException("sector_code", "error.ksic.format", String.valueOf(sectorCode));
        }
        var type = KsicMapping.typeOf(sectorCode);
        if (type.isEmpty()) {
            return new RowOutcome.Skipped("import.skip.sector");
        }
        String address = row.get("address");
        String region = KoreanRegions.ofAddress(address);
        String district = row.get("district");
        if (district == null) {
            district = KoreanRegions.districtOfAddress(address);
        }
        Workforce workforce = new Workforce(Fields.integer(row, "workers"), row.get("workers_band"));
        SupplierProfile profile = SupplierProfile.builder()
                .nameKo(name)
                .type(type.get())
                .processes(processes(row.get("sector"), type.get()))
                .products(Fields.list(row, "product", ","))
                .workforce(workforce)
                .address(new Address("KR", address, null, region == null ? "대구광역시" : region, district))
                .build();
        return new RowOutcome.Accepted(new SourceRef(SOURCE, id), profile);
    }

    /** The register's sector name ("… 외 15 종" trimmed) is the process the firm is registered for. */
    private static List<String> processes(String sector, SupplierType type) {
        List<String> processes = new ArrayList<>();
        if (sector != null) {
            processes.add(sector.replaceAll("\\s*외\\s*\\d+\\s*종\\s*$", ""));
        }
        return processes;
    }
}
