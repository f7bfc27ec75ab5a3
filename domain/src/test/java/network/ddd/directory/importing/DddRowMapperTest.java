package network.ddd.directory.importing;

import static network.ddd.directory.importing.CsvTable.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import network.ddd.directory.Address;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our canonical CSV: the columns of deploy/sample/template.csv, list cells separated by "|". */
class DddRowMapperTest {
    private static final List<String> COLUMNS = List.of("name_ko", "name_en", "aliases", "type", "brn", "address",
            "region", "district", "lat", "lng", "products", "processes", "certifications", "workers", "moq",
            "lead_time_days", "source", "source_id");

    private final DddRowMapper mapper = new DddRowMapper();

    /** A valid row, as in the template, to vary one cell at a time. */
    private static Map<String, String> aSewingRoom() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("name_ko", "창신 봉제");
        cells.put("name_en", "Changsin Sewing");
        cells.put("aliases", "창신봉제|Changsin");
        cells.put("type", "SEWING");
        cells.put("brn", "123-45-67891");
        cells.put("address", "서울특별시 종로구 창신길 1");
        cells.put("region", "서울특별시");
        cells.put("district", "종로구");
        cells.put("lat", "37.5760");
        cells.put("lng", "127.0140");
        cells.put("products", "블라우스|원피스");
        cells.put("processes", "재단|봉제|완성");
        cells.put("certifications", "");
        cells.put("workers", "5");
        cells.put("moq", "50벌");
        cells.put("lead_time_days", "7");
        cells.put("source", "mycompany");
        cells.put("source_id", "0001");
        return cells;
    }

    /** The row with the given cells changed: column, value, column, value… */
    private static Map<String, String> aSewingRoomWith(String... columnValuePairs) {
        Map<String, String> cells = aSewingRoom();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            cells.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return cells;
    }

    /** The cells as one CSV row under a header listing the columns in the given order. */
    private static Row row(Map<String, String> cells, List<String> columnOrder) {
        String header = String.join(",", columnOrder);
        String values = columnOrder.stream().map(c -> quoted(cells.getOrDefault(c, "")))
                .collect(Collectors.joining(","));
        return CsvTable.of(header, values).onlyRow();
    }

    private static Row row(Map<String, String> cells) {
        return row(cells, COLUMNS);
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private SupplierProfile profileOf(Map<String, String> cells) {
        return accepted(mapper.map(row(cells))).profile();
    }

    /** deploy/sample in the project: found walking up from the working directory. */
    private static Path sampleFile(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy").resolve("sample").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("deploy/sample/" + name + " not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void aCanonicalRowBecomesASupplierWithEveryValueItGives() {
        RowOutcome.Accepted accepted = accepted(mapper.map(row(aSewingRoom())));
        SupplierProfile profile = accepted.profile();

        assertThat(accepted.origin()).isEqualTo(new SourceRef("mycompany", "0001"));
        assertThat(profile.nameKo()).isEqualTo("창신 봉제");
        assertThat(profile.nameEn()).isEqualTo("Changsin Sewing");
        assertThat(profile.aliases()).containsExactly("창신봉제", "Changsin");
        assertThat(profile.type()).isEqualTo(SupplierType.SEWING);
        assertThat(profile.brn()).isEqualTo(new BusinessRegistrationNumber("1234567891"));
        assertThat(profile.address()).isEqualTo(new Address("KR", "서울특별시 종로구 창신길 1", null, "서울특별시", "종로구"));
        assertThat(profile.location()).isEqualTo(new GeoPoint(37.5760, 127.0140));
        assertThat(profile.products()).containsExactly("블라우스", "원피스");
        assertThat(profile.processes()).containsExactly("재단", "봉제", "완성");
        assertThat(profile.certifications()).isEmpty();
        assertThat(profile.workforce()).isEqualTo(new Workforce(5, "1~9명"));
        assertThat(profile.moq()).isEqualTo("50벌");
        assertThat(profile.leadTimeDays()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "source_id,source,lead_time_days,moq,workers,certifications,processes,products,lng,lat,district,region,"
                    + "address,brn,type,aliases,name_en,name_ko",
            "type,name_en,name_ko,lat,lng,address,brn,source,source_id,products,aliases,processes,region,district,"
                    + "certifications,workers,moq,lead_time_days",
            "Name_KO,NAME_EN,Aliases,Type,BRN,Address,Region,District,Lat,Lng,Products,Processes,Certifications,"
                    + "Workers,MOQ,Lead Time Days,Source,Source ID",
    })
    void columnsMayComeInAnyOrderAndAnyCase(String header) {
        List<String> order = Arrays.asList(header.split(","));
        Map<String, String> cells = new LinkedHashMap<>();
        aSewingRoom().forEach((column, value) -> cells.put(
                order.stream().filter(c -> Row.key(c).equals(column)).findFirst().orElseThrow(), value));

        assertThat(mapper.map(row(cells, order))).isEqualTo(mapper.map(row(aSewingRoom())));
    }

    @Test
    void theColumnsLeftOutAreEmpty() {
        Map<String, String> cells = Map.of("name_ko", "창신 봉제", "type", "SEWING");

        RowOutcome.Accepted accepted = accepted(mapper.map(row(cells, List.of("name_ko", "type"))));

        assertThat(accepted.profile()).isEqualTo(SupplierProfile.builder().nameKo("창신 봉제")
                .type(SupplierType.SEWING).build());
        assertThat(accepted.origin()).isEqualTo(new SourceRef("ddd", "창신 봉제"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"블라우스|원피스|셔츠", " 블라우스 | 원피스 |셔츠 ", "블라우스||원피스| |셔츠|", "|블라우스|원피스|셔츠|블라우스"})
    void listCellsAreSplitOnBarsTrimmedAndWithoutBlanksOrRepeats(String cell) {
        SupplierProfile profile = profileOf(aSewingRoomWith("products", cell, "aliases", cell,
                "processes", cell, "certifications", cell));

        assertThat(profile.products()).containsExactly("블라우스", "원피스", "셔츠");
        assertThat(profile.aliases()).containsExactly("블라우스", "원피스", "셔츠");
        assertThat(profile.processes()).containsExactly("블라우스", "원피스", "셔츠");
        assertThat(profile.certifications()).containsExactly("블라우스", "원피스", "셔츠");
    }

    @Test
    void aCommaInsideAListCellIsPartOfTheValue() {
        assertThat(profileOf(aSewingRoomWith("certifications", "OEKO-TEX Standard 100, Class I|GRS")).certifications())
                .containsExactly("OEKO-TEX Standard 100, Class I", "GRS");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "SEWING,              SEWING",
            "sewing,              SEWING",
            "Sewing,              SEWING",
            "' sewing ',          SEWING",
            "dyeing_finishing,    DYEING_FINISHING",
            "Dyeing_Finishing,    DYEING_FINISHING",
            "leather-footwear,    LEATHER_FOOTWEAR",
            "pattern making,      PATTERN_MAKING",
            "knitwear,            KNITWEAR",
            "Wholesaler,          WHOLESALER",
    })
    void typeCodesAreReadWhateverTheirCase(String written, SupplierType type) {
        assertThat(profileOf(aSewingRoomWith("type", written)).type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "brn            | 123-45-67890 | brn            | error.brn.checkDigit",
            "brn            | 220-81-62518 | brn            | error.brn.checkDigit",
            "brn            | 123-45-678   | brn            | error.brn.format",
            "brn            | 사업자번호    | brn            | error.brn.format",
            "lng            |              | lng            | error.geo.incomplete",
            "lat            |              | lat            | error.geo.incomplete",
            "lat            | 37,5         | lat            | error.cell.decimal",
            "lat            | 137.5        | lat            | error.geo.latitude",
            "type           | TAILOR       | type           | error.type.unknown",
            "type           | 봉제          | type           | error.type.unknown",
            "type           |              | type           | error.type.missing",
            "workers        | many         | workers        | error.workers.format",
            "lead_time_days | two weeks    | lead_time_days | error.cell.integer",
            "lead_time_days | 4000         | lead_time_days | error.leadTime.range",
            "source_id      |              | source_id      | error.cell.required",
            "source         | My Company   | source         | error.source.invalid",
    })
    void aBadCellIsRejectedNamingItsColumn(String column, String value, String field, String messageKey) {
        Row bad = row(aSewingRoomWith(column, value == null ? "" : value));

        assertThatThrownBy(() -> mapper.map(bad))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void aRowWithNeitherNameIsRejectedOnTheNameColumn() {
        Row nameless = row(aSewingRoomWith("name_ko", "", "name_en", " "));

        assertThatThrownBy(() -> mapper.map(nameless))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("error.name.missing");
                });
    }

    @ParameterizedTest(name = "ko=\"{0}\", en=\"{1}\"")
    @CsvSource({"창신 봉제, Changsin Sewing", "창신 봉제, ''", "'', Changsin Sewing"})
    void eitherNameIsEnough(String nameKo, String nameEn) {
        SupplierProfile profile = profileOf(aSewingRoomWith("name_ko", nameKo, "name_en", nameEn));

        assertThat(profile.displayName()).isEqualTo(nameKo.isEmpty() ? nameEn : nameKo);
    }

    @ParameterizedTest(name = "name_ko=\"{0}\", name_en=\"{1}\" → ddd/{2}")
    @CsvSource({"창신 봉제, Changsin Sewing, 창신 봉제", "'', Changsin Sewing, Changsin Sewing"})
    void aRowWithoutSourceIsOurOwnAndKnownByItsName(String nameKo, String nameEn, String sourceId) {
        RowOutcome.Accepted accepted = accepted(mapper.map(row(aSewingRoomWith(
                "name_ko", nameKo, "name_en", nameEn, "source", "", "source_id", ""))));

        assertThat(accepted.origin()).isEqualTo(new SourceRef("ddd", sourceId));
    }

    @Test
    void aSourceIdWithoutSourceIsOurOwn() {
        assertThat(accepted(mapper.map(row(aSewingRoomWith("source", "", "source_id", "0001")))).origin())
                .isEqualTo(new SourceRef("ddd", "0001"));
    }

    @ParameterizedTest(name = "region \"{0}\", district \"{1}\" → {2} {3}")
    @CsvSource({
            "서울특별시, 종로구, 서울특별시, 종로구",
            "서울,       종로구, 서울특별시, 종로구",
            "'',        '',     서울특별시, 종로구",
            "Seoul,     '',     Seoul,     종로구",
    })
    void theRegionIsGivenItsOfficialNameOrTakenFromTheAddress(String region, String district, String officialRegion,
            String officialDistrict) {
        Address address = profileOf(aSewingRoomWith("region", region, "district", district)).address();

        assertThat(address.region()).isEqualTo(officialRegion);
        assertThat(address.district()).isEqualTo(officialDistrict);
        assertThat(address.country()).isEqualTo("KR");
    }

    @Test
    void everyRowOfTheSampleIsAcceptedAsOurSyntheticSuppliers() {
        CsvTable sample = CsvTable.read(sampleFile("sample-suppliers.csv"));
        CsvTable.Mapped mapped = sample.mapAll(sample.mapper());
        System.out.println(mapped.summary());

        assertThat(sample.format()).isEqualTo(ImportFormat.DDD);
        assertThat(mapped.rejected()).as("rejected rows").isEmpty();
        assertThat(mapped.skipped()).as("skipped rows").isEmpty();
        List<RowOutcome.Accepted> accepted = mapped.accepted().stream().map(CsvTable.MappedRow::accepted).toList();
        List<SourceRef> expectedOrigins = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            expectedOrigins.add(new SourceRef("sample", "S%03d".formatted(i)));
        }
        assertThat(accepted).extracting(RowOutcome.Accepted::origin).containsExactlyElementsOf(expectedOrigins);
        assertThat(accepted).extracting(a -> a.profile().nameKo()).allSatisfy(n -> assertThat(n).startsWith("[예시]"));
        assertThat(accepted).extracting(a -> a.profile().type()).contains(SupplierType.values());
    }

    @Test
    void theSampleRowWithAThousandsSeparatorKeepsItsMinimumOrder() {
        CsvTable sample = CsvTable.read(sampleFile("sample-suppliers.csv"));

        SupplierProfile dyeHouse = accepted(mapper.map(sample.rowWhere("source_id", "S004"))).profile();

        assertThat(dyeHouse.moq()).isEqualTo("1,000야드");
        assertThat(dyeHouse.certifications()).containsExactly("OEKO-TEX Standard 100");
        assertThat(dyeHouse.address().region()).isEqualTo("대구광역시");
    }

    @Test
    void theTemplateRowIsAccepted() {
        CsvTable template = CsvTable.read(sampleFile("template.csv"));
        CsvTable.Mapped mapped = template.mapAll(template.mapper());
        System.out.println(mapped.summary());

        assertThat(template.format()).isEqualTo(ImportFormat.DDD);
        assertThat(template.header().keySet()).containsExactlyInAnyOrderElementsOf(COLUMNS);
        assertThat(mapped.rejected()).as("rejected rows").isEmpty();
        assertThat(mapped.accepted()).singleElement().satisfies(row -> {
            assertThat(row.accepted().origin()).isEqualTo(new SourceRef("mycompany", "0001"));
            assertThat(row.accepted().profile().nameKo()).isEqualTo("[예시] 우리 봉제");
            assertThat(row.accepted().profile().aliases()).containsExactly("우리봉제", "Uri Sewing");
        });
    }
}
