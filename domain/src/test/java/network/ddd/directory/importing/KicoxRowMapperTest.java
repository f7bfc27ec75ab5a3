package network.ddd.directory.importing;

import static network.ddd.directory.importing.CsvTable.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KICOX FactoryOn rows, from the real Daegu textile and apparel register in ../shared/data. */
class KicoxRowMapperTest {
    private static final String FILE = "kicox-daegu-textile-apparel.csv";
    private static final String HEADER = "id,name,district,sector_code,sector,product,workers_band,workers,address";
    private static CsvTable register;

    private final KicoxRowMapper mapper = new KicoxRowMapper();

    @BeforeAll
    static void readRegister() {
        register = CsvTable.read(SharedData.file(FILE));
    }

    private SupplierProfile profileOf(String id) {
        RowOutcome.Accepted accepted = accepted(mapper.map(register.rowWhere("id", id)));
        assertThat(accepted.origin()).isEqualTo(new SourceRef("kicox", id));
        return accepted.profile();
    }

    @Test
    void aRegisterRowBecomesASupplierWithTheValuesAUserChecks() {
        SupplierProfile jade = profileOf("c0584");

        assertThat(jade.nameKo()).isEqualTo("(주) 제이드 청포도");
        assertThat(jade.nameEn()).isNull();
        assertThat(jade.type()).isEqualTo(SupplierType.SEWING);
        assertThat(jade.address().country()).isEqualTo("KR");
        assertThat(jade.address().region()).isEqualTo("대구광역시");
        assertThat(jade.address().district()).isEqualTo("서구");
        assertThat(jade.address().roadAddress()).isEqualTo("대구광역시 서구 서대구로 351(비산동)");
        assertThat(jade.workforce()).isEqualTo(new Workforce(19, "10~49명"));
        assertThat(jade.processes()).as("'… 외 15 종' trimmed").containsExactly("근무복, 작업복 및 유사의복 제조업");
        assertThat(jade.products()).containsExactly("의류");
    }

    @ParameterizedTest(name = "{0} {1} → {2} in {3}, {4} workers")
    @CsvSource({
            "c0636,  (주)에스에스에이취,    PRINTING,         서구,   70",
            "c10194, (주)한국천연염색,     DYEING_FINISHING, 달성군, 22",
            "c0092,  (주)굿유니폼,         SEWING,           중구,    6",
            "c0173,  주식회사 조영유통,     KNITWEAR,         동구,    3",
            "c11080, (주)엔젤텍스타일,     KNITTING,         군위군, 10",
            "c7920,  조양모방(주),         FABRIC_MILL,      달서구, 59",
            "c5110,  (주)건영크리너,       OTHER_TEXTILE,    북구,   30",
            "c0378,  (주)동화인더스트리,   ACCESSORIES,      동구,   65",
            "c0039,  (주)아우라메이드이스트앤디자인컴퍼니, LEATHER_FOOTWEAR, 중구, 10",
    })
    void eachSectorOfTheRegisterGetsItsType(String id, String name, SupplierType type, String district, int workers) {
        SupplierProfile profile = profileOf(id);

        assertThat(profile.nameKo()).isEqualTo(name);
        assertThat(profile.type()).isEqualTo(type);
        assertThat(profile.address().district()).isEqualTo(district);
        assertThat(profile.address().region()).isEqualTo("대구광역시");
        assertThat(profile.workforce().count()).isEqualTo(workers);
    }

    @Test
    void productListsAreSplitIntoProducts() {
        assertThat(profileOf("c0173").products()).containsExactly("티셔츠", "근무복", "면내의");
    }

    @Test
    void aRowWithoutWorkforceFiguresHasAnUnknownWorkforce() {
        assertThat(profileOf("c5302").workforce()).isEqualTo(Workforce.UNKNOWN);
    }

    @Test
    void everyRowOfTheRegisterIsAcceptedExceptTheFoodMakersFiledUnderOldCodes() {
        CsvTable.Mapped mapped = register.mapAll(register.mapper());
        System.out.println(mapped.summary());

        assertThat(register.format()).isEqualTo(ImportFormat.KICOX);
        assertThat(mapped.rows()).hasSize(1514);
        assertThat(mapped.rejected()).as("rejected rows").isEmpty();
        assertThat(mapped.skipped())
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(new RowOutcome.Skipped("import.skip.sector")))
                .extracting(r -> r.row().get("id") + " " + r.row().get("sector_code") + " " + r.row().get("sector"))
                .containsExactlyInAnyOrder(
                        "c10027 15499 그외기타식료품제조업",
                        "c9100 15119 기타육지동물고기가공및저장처리업",
                        "c8806 15119 기타육지동물고기가공및저장처리업",
                        "c9008 15119 기타육지동물고기가공및저장처리업",
                        "c9058 15119 기타육지동물고기가공및저장처리업 외 1 종",
                        "c10366 15132 과실가공및저장처리업",
                        "c10361 15139 기타채소가공및저장처리업");
        assertThat(mapped.accepted()).hasSize(1514 - mapped.skipped().size());
    }

    /** The README's counts per KSIC group, minus the six KSIC-9 food rows filed under 151 and 154. */
    @Test
    void typesOfTheWholeRegisterMatchItsSectorCounts() {
        Map<SupplierType, Long> byType = register.mapAll(mapper).accepted().stream()
                .collect(Collectors.groupingBy(r -> r.accepted().profile().type(), TreeMap::new,
                        Collectors.counting()));
        System.out.println("kicox types: " + byType);

        assertThat(byType).containsExactlyInAnyOrderEntriesOf(Map.of(
                SupplierType.FABRIC_MILL, 145L + 660,
                SupplierType.KNITTING, 25L,
                SupplierType.DYEING_FINISHING, 316L - 36,
                SupplierType.PRINTING, 36L,
                SupplierType.OTHER_TEXTILE, 118L,
                SupplierType.SEWING, 153L + 1,
                SupplierType.KNITWEAR, 3L,
                SupplierType.ACCESSORIES, 57L,
                SupplierType.LEATHER_FOOTWEAR, 25L - 6 + 10));
    }

    @Test
    void everyAcceptedRowIsADistinctSupplierInADaeguDistrict() {
        var accepted = register.mapAll(mapper).accepted().stream().map(CsvTable.MappedRow::accepted).toList();

        assertThat(accepted).extracting(RowOutcome.Accepted::origin).doesNotHaveDuplicates();
        assertThat(accepted).extracting(a -> a.profile().address().region()).containsOnly("대구광역시");
        assertThat(accepted).extracting(a -> a.profile().address().district())
                .containsOnly("중구", "동구", "서구", "남구", "북구", "수성구", "달서구", "달성군", "군위군");
        assertThat(accepted).extracting(a -> a.profile().nameKo()).doesNotContainNull();
    }

    @Test
    void aRowOfAnotherSectorIsSkippedNotRejected() {
        Row factory = CsvTable.of(HEADER, "c9999,대구금속,서구,25112,금속 문 및 창 제조업,방화문,1~9명,5,대구광역시 서구 와룡로 1")
                .onlyRow();

        assertThat(mapper.map(factory)).isEqualTo(new RowOutcome.Skipped("import.skip.sector"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "c9999,,서구,14111,남자용 겉옷 제조업,,,,               | name        | error.name.missing",
            "c9999,'  ',서구,14111,남자용 겉옷 제조업,,,,            | name        | error.name.missing",
            ",대구봉제,서구,14111,남자용 겉옷 제조업,,,,             | id          | error.cell.required",
            "c9999,대구봉제,서구,14111,남자용 겉옷 제조업,,,abc,     | workers     | error.cell.integer",
            "c9999,대구봉제,서구,14111,남자용 겉옷 제조업,,,19.5,    | workers     | error.cell.integer",
            "c9999,대구봉제,서구,14111,남자용 겉옷 제조업,,,-3,      | workers     | error.workers.negative",
            "c9999,대구봉제,서구,1411,남자용 겉옷 제조업,,,,         | sector_code | error.ksic.format",
            "c9999,대구봉제,서구,,남자용 겉옷 제조업,,,,             | sector_code | error.ksic.format",
            "c9999,대구봉제,서구,C1411,남자용 겉옷 제조업,,,,        | sector_code | error.ksic.format",
    })
    void aBadRowIsRejectedNamingTheColumn(String line, String column, String messageKey) {
        Row row = CsvTable.of(HEADER, line.strip().replace('\'', '"')).onlyRow();

        assertThatThrownBy(() -> mapper.map(row))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo(column);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void theDistrictIsTakenFromTheAddressWhenItsColumnIsEmpty() {
        Row row = CsvTable.of(HEADER, "c9999,대구봉제,,14111,남자용 겉옷 제조업,,,1234,\"대구광역시 달서구 성서로 1, 2층\"")
                .onlyRow();

        SupplierProfile profile = accepted(mapper.map(row)).profile();

        assertThat(profile.address().region()).isEqualTo("대구광역시");
        assertThat(profile.address().district()).isEqualTo("달서구");
        assertThat(profile.workforce()).isEqualTo(new Workforce(1234, "300명 이상"));
    }
}
