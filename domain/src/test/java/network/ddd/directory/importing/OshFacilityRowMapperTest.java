package network.ddd.directory.importing;

import static network.ddd.directory.importing.CsvTable.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Open Supply Hub facility rows, from the real download of the 38 South Korean facilities in ../shared/data. */
class OshFacilityRowMapperTest {
    private static final String FILE = "osh-kr-facilities.csv";
    private static final String PRODUCTS = "product_words_as_reported_any_contributor";
    private static final String HEADER = "os_id,name,address_as_recorded,country_code,country,lat,lng,region_key,"
            + "closed,tier," + PRODUCTS + ",workers_est_median";
    private static CsvTable facilities;

    private final OshFacilityRowMapper mapper = new OshFacilityRowMapper();

    @BeforeAll
    static void readFacilities() {
        facilities = CsvTable.read(SharedData.file(FILE));
    }

    private SupplierProfile profileOf(String osId) {
        RowOutcome.Accepted accepted = accepted(mapper.map(facilities.rowWhere("os_id", osId)));
        assertThat(accepted.origin()).isEqualTo(new SourceRef("osh", osId));
        return accepted.profile();
    }

    private List<SupplierProfile> everyProfile() {
        return facilities.mapAll(mapper).accepted().stream().map(r -> r.accepted().profile()).toList();
    }

    @Test
    void everyFacilityOfTheDownloadIsAcceptedAsAKoreanSupplierWithALocation() {
        CsvTable.Mapped mapped = facilities.mapAll(facilities.mapper());
        System.out.println(mapped.summary());

        assertThat(facilities.format()).isEqualTo(ImportFormat.OSH);
        assertThat(mapped.rows()).hasSize(38);
        assertThat(mapped.rejected()).as("rejected rows").isEmpty();
        assertThat(mapped.skipped()).as("skipped rows").isEmpty();
        assertThat(mapped.accepted()).hasSize(38).allSatisfy(row -> {
            SupplierProfile profile = row.accepted().profile();
            assertThat(profile.address().country()).isEqualTo("KR");
            assertThat(profile.location()).as("location of %s", profile.nameEn()).isNotNull();
            assertThat(profile.nameEn()).isNotNull();
        });
        assertThat(mapped.accepted()).extracting(r -> r.accepted().origin()).doesNotHaveDuplicates();
    }

    @Test
    void aFacilityRowBecomesASupplierWithTheValuesAUserChecks() {
        SupplierProfile framas = profileOf("KR201908523DWAE");

        assertThat(framas.nameEn()).isEqualTo("FRAMAS KOREA");
        assertThat(framas.nameKo()).isNull();
        assertThat(framas.type()).isEqualTo(SupplierType.LEATHER_FOOTWEAR);
        assertThat(framas.products()).containsExactly("footwear", "nike");
        assertThat(framas.processes()).containsExactly("Tier 1 (finished goods)");
        assertThat(framas.workforce()).isEqualTo(new Workforce(45, null));
        assertThat(framas.address().country()).isEqualTo("KR");
        assertThat(framas.address().roadAddress()).isEqualTo("120-2, UNYONG-RI, DOONPO-MYUN, ASAN CHOONGNAM 336-875");
        assertThat(framas.location()).isEqualTo(new GeoPoint(36.9305809, 127.0758272));
    }

    /** The region is the contributor's region_key (ISO 3166-2:KR), given its official Korean name. */
    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource({
            "KR201908523DWAE, FRAMAS KOREA,                 KR-41, 경기도",
            "KR2019085792PYW, BAIKSAN CO. LTD.,             KR-48, 경상남도",
            "KR2019085EF2Y5R, YOU YOUNG (KOREA),            KR-26, 부산광역시",
            "KR2019085QZJ503, JSI,                          KR-11, 서울특별시",
            "KR2022300A5A2JK, Hyesung Textile,              KR-27, 대구광역시",
    })
    void theRegionKeyGivesTheOfficialRegionName(String osId, String name, String regionKey, String region) {
        assertThat(facilities.rowWhere("os_id", osId).get("region_key")).isEqualTo(regionKey);

        SupplierProfile profile = profileOf(osId);

        assertThat(profile.nameEn()).isEqualTo(name);
        assertThat(profile.address().region()).isEqualTo(region);
    }

    @Test
    void everyFacilityLiesInAKoreanRegion() {
        assertThat(everyProfile()).extracting(p -> p.address().region())
                .containsOnly("경기도", "경상남도", "부산광역시", "서울특별시", "대구광역시");
    }

    /** The facility's own name first (a dye house), then materials words or Tier 2 make a mill, then footwear; the rest sew. */
    @ParameterizedTest(name = "{1} ({2}) → {3}")
    @CsvSource(delimiter = '|', value = {
            "KR201908523DWAE | FRAMAS KOREA                | Tier 1, FOOTWEAR            | LEATHER_FOOTWEAR",
            "KR2020053FJ88XQ | Ducksan Co., Ltd            | footwear MATERIALS, Fabric  | FABRIC_MILL",
            "KR2022065ESDR4Y | JOONGANG DYEING FABRIC CO., LTD | DYEING in its own name  | DYEING_FINISHING",
            "KR2020357E8CCTR | SHIN HAN IND. CO., LTD.     | Tier 2, APPAREL             | FABRIC_MILL",
            "KR2022300A5A2JK | Hyesung Textile             | Tier 2, no words            | FABRIC_MILL",
            "KR2022300MQPFZN | Hae Joon Trading Co         | Tier 1, no words            | SEWING",
            "KR20190852J6WM0 | DUCKSAN YANBEOL RI          | unknown tier, no words      | SEWING",
    })
    void productWordsAndTierGiveTheType(String osId, String name, String why, SupplierType type) {
        SupplierProfile profile = profileOf(osId);

        assertThat(profile.nameEn()).isEqualTo(name);
        assertThat(profile.type()).isEqualTo(type);
    }

    @Test
    void spreadsheetDebrisAmongTheProductWordsIsDropped() {
        assertThat(facilities.rowWhere("os_id", "KR2020053FJ88XQ").get(PRODUCTS))
                .as("the raw row holds the debris")
                .contains("Tabelle1[name]", "=_xlfn.XLOOKUP(B73");

        assertThat(profileOf("KR2020053FJ88XQ").products())
                .containsExactly("footwear", "materials", "nike", "fabric", "textile");
    }

    @Test
    void noFacilityHasSpreadsheetDebrisAmongItsProducts() {
        List<String> products = everyProfile().stream().flatMap(p -> p.products().stream()).toList();

        assertThat(products).isNotEmpty()
                .noneMatch(p -> p.equalsIgnoreCase("Tabelle1[name]"))
                .noneMatch(p -> p.equalsIgnoreCase("=_xlfn.XLOOKUP(B73"))
                .allSatisfy(p -> assertThat(p).matches("[\\p{L} &-]{2,40}").doesNotContain("tabelle", "xlfn"));
    }

    @Test
    void aFractionalWorkforceMedianIsRoundedToWholePeople() {
        assertThat(facilities.rowWhere("os_id", "KR2020357E8CCTR").get("workers_est_median")).isEqualTo("101.75");

        assertThat(profileOf("KR2020357E8CCTR").workforce()).isEqualTo(new Workforce(102, null));
    }

    @Test
    void aFacilityWithoutAWorkforceEstimateHasAnUnknownWorkforce() {
        assertThat(profileOf("KR2019085792PYW").workforce()).isEqualTo(Workforce.UNKNOWN);
    }

    @Test
    void aClosedFacilityIsSkippedNotRejected() {
        Row closed = CsvTable.of(HEADER, "KR2099999999999,Closed Mill,\"1, Somewhere\",KR,\"Korea, Republic of\","
                + "35.1,129.0,KR-26,True,unknown,,").onlyRow();

        assertThat(mapper.map(closed)).isEqualTo(new RowOutcome.Skipped("import.skip.closed"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            ",Mill,x,KR,Korea,35.1,129.0,KR-26,False,unknown,,           | os_id              | error.cell.required",
            "KR1,,x,KR,Korea,35.1,129.0,KR-26,False,unknown,,            | name               | error.name.missing",
            "KR1,Mill,x,XX,Nowhere,35.1,129.0,,False,unknown,,           | country_code       | error.country.unknown",
            "KR1,Mill,x,KR,Korea,35.1,,KR-26,False,unknown,,             | lng                | error.geo.incomplete",
            "KR1,Mill,x,KR,Korea,abc,129.0,KR-26,False,unknown,,         | lat                | error.cell.decimal",
            "KR1,Mill,x,KR,Korea,35.1,129.0,KR-26,False,unknown,,many    | workers_est_median | error.cell.decimal",
            "KR1,Mill,x,KR,Korea,35.1,129.0,KR-26,False,unknown,,NaN     | workers_est_median | error.cell.integer",
            "KR1,Mill,x,KR,Korea,35.1,129.0,KR-26,False,unknown,,-2      | workers            | error.workers.negative",
    })
    void aBadRowIsRejectedNamingTheColumn(String line, String column, String messageKey) {
        Row row = CsvTable.of(HEADER, line.strip()).onlyRow();

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo(column);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }
}
