package network.ddd.directory.importing;

import static network.ddd.directory.importing.CsvTable.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Brand-contributed facility lists, from the 14 real Open Supply Hub seed lists in ../shared/data. */
class OshListRowMapperTest {
    private static final String LISTS = "osh-contributor-lists";
    private static final String HEADER = "country,name,address,sector,lat,lng";

    /**
     * The same facility listed twice in one list (row numbers as in a spreadsheet). Rows 3 and 82 of list-2 differ
     * only by a stray "□" at the end of the address; the other pairs are identical rows.
     */
    private static final Map<String, List<List<Long>>> DUPLICATES = Map.of(
            "list-2.csv", List.of(List.of(3L, 82L), List.of(36L, 52L), List.of(42L, 71L), List.of(44L, 60L)));

    static Stream<String> lists() {
        return SharedData.csvFiles(LISTS).stream().map(f -> f.getFileName().toString());
    }

    private static CsvTable list(String fileName) {
        return CsvTable.read(SharedData.file(LISTS + "/" + fileName));
    }

    private static List<CsvTable> allLists() {
        return SharedData.csvFiles(LISTS).stream().map(CsvTable::read).toList();
    }

    /** A hand-made row of a list called list-x.csv. */
    private static Row row(String line) {
        return CsvTable.of(HEADER, line).onlyRow();
    }

    private static List<String> sourceIds(CsvTable list) {
        return list.mapAll(new OshListRowMapper(list.fileName())).accepted().stream()
                .map(r -> r.accepted().origin().sourceId()).toList();
    }

    @Test
    void theFourteenListsAreReadAsContributorLists() {
        List<CsvTable> lists = allLists();

        assertThat(lists).hasSize(14).allSatisfy(list -> assertThat(list.format()).isEqualTo(ImportFormat.OSH_LIST));
        assertThat(lists).flatExtracting(CsvTable::rows).hasSize(959);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void everyRowOfAListIsAcceptedAndNoneIsSkipped(String fileName) {
        CsvTable list = list(fileName);
        CsvTable.Mapped mapped = list.mapAll(list.mapper());
        System.out.println(mapped.summary());
        mapped.rejected().forEach(r -> System.out.println("  rejected row " + r.row().number() + " "
                + r.error().field() + " " + r.error().getMessage() + ": " + r.row().values()));

        assertThat(mapped.rejected()).as("rejected rows of %s", fileName).isEmpty();
        assertThat(mapped.skipped()).as("skipped rows of %s", fileName).isEmpty();
        assertThat(mapped.accepted()).hasSameSizeAs(list.rows()).allSatisfy(r -> {
            SupplierProfile profile = r.accepted().profile();
            assertThat(profile.nameEn()).isNotNull();
            assertThat(profile.address().country()).isIn((Object[]) Locale.getISOCountries());
            assertThat(profile.location()).isNotNull();
        });
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "China              | CN",
            "CN                 | CN",
            "CHINA              | CN",
            "china              | CN",
            "USA                | US",
            "United States      | US",
            "US                 | US",
            "KR                 | KR",
            "Korea, Republic of | KR",
            "South Korea        | KR",
            "대한민국             | KR",
            "Vietnam            | VN",
            "VIETNAM            | VN",
            "BANGLADESH         | BD",
            "Taiwan             | TW",
            "UAE                | AE",
            "Turkey             | TR",
    })
    void aCountryIsReadHoweverItIsSpelled(String written, String code) {
        Row facility = row("\"" + written + "\",Sample Garment Ltd,\"1 Main Road\",Apparel,10.5,100.5");

        assertThat(accepted(new OshListRowMapper("list-x.csv").map(facility)).profile().address().country())
                .isEqualTo(code);
    }

    @Test
    void theSpellingsFoundInTheListsGiveOneCodeEach() {
        Map<String, Set<String>> codesBySpelling = new TreeMap<>();
        for (CsvTable list : allLists()) {
            for (CsvTable.MappedRow mapped : list.mapAll(list.mapper()).accepted()) {
                codesBySpelling.computeIfAbsent(mapped.row().get("country"), k -> new TreeSet<>())
                        .add(mapped.accepted().profile().address().country());
            }
        }
        System.out.println("osh-list countries: " + codesBySpelling);

        assertThat(codesBySpelling).allSatisfy((spelling, codes) -> assertThat(codes).as(spelling).hasSize(1));
        assertThat(codesBySpelling).contains(
                Map.entry("China", Set.of("CN")), Map.entry("CN", Set.of("CN")), Map.entry("CHINA", Set.of("CN")),
                Map.entry("USA", Set.of("US")), Map.entry("United States", Set.of("US")), Map.entry("US", Set.of("US")),
                Map.entry("KR", Set.of("KR")),
                Map.entry("Vietnam", Set.of("VN")), Map.entry("VN", Set.of("VN")),
                Map.entry("Bangladesh", Set.of("BD")), Map.entry("BANGLADESH", Set.of("BD")));
    }

    /** The three Korean rows: doubled commas in the address collapse to one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Saramsarang           | 37.3319196 | 127.1264332 | "
                    + "306 , GUNYOUNG B/D, 1188-1, JUKJEON-DONG, SUJI-GU, YONGIN-CITY, 3393, Gyeonggi-do",
            "AUAPLUS               | 35.1858459 | 128.9779578 | "
                    + "353-4 SAMNAK DONG,SASANG-GU,BUSAN, KOREA, BUSAN, 617-825, Pusan-gwangyoksi",
            "Juno Apparel(Factory) | 37.5362027 | 126.7244043 | "
                    + "16, Gyeyang-daero140beon-gil, Gyeyang-gu, Incheon, 21088, Inch'on-gwangyoksi",
    })
    void aKoreanRowIsASupplierInKorea(String name, double lat, double lng, String address) {
        CsvTable list = list("list-15.csv");

        SupplierProfile profile = accepted(list.mapper().map(list.rowWhere("name", name))).profile();

        assertThat(profile.nameEn()).isEqualTo(name);
        assertThat(profile.type()).isEqualTo(SupplierType.SEWING);
        assertThat(profile.address().country()).isEqualTo("KR");
        assertThat(profile.address().roadAddress()).isEqualTo(address);
        assertThat(profile.location()).isEqualTo(new GeoPoint(lat, lng));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void sourceIdsAreTheSameEachTimeAListIsMapped(String fileName) {
        CsvTable list = list(fileName);

        List<String> first = sourceIds(list);
        List<String> second = sourceIds(list);

        assertThat(second).isEqualTo(first).hasSameSizeAs(list.rows());
        assertThat(first).allSatisfy(id -> assertThat(id).startsWith(fileName + ":").hasSize(fileName.length() + 21));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void rowsOfAListHaveDistinctSourceIdsExceptTheFacilitiesListedTwice(String fileName) {
        CsvTable list = list(fileName);
        Map<String, List<Long>> rowsById = new LinkedHashMap<>();
        for (CsvTable.MappedRow mapped : list.mapAll(list.mapper()).accepted()) {
            rowsById.computeIfAbsent(mapped.accepted().origin().sourceId(), id -> new ArrayList<>())
                    .add(mapped.row().number());
        }
        List<List<Long>> sharedIds = rowsById.values().stream().filter(rows -> rows.size() > 1).toList();
        sharedIds.forEach(rows -> System.out.println(fileName + ": one facility on rows " + rows));

        assertThat(sharedIds).isEqualTo(DUPLICATES.getOrDefault(fileName, List.of()));
        assertThat(sharedIds).allSatisfy(rows -> {
            List<Row> same = rows.stream().map(n -> list.rows().get((int) (n - 2))).toList();
            assertThat(same).extracting(r -> r.get("name")).as("names").containsOnly(same.getFirst().get("name"));
            assertThat(same).extracting(r -> r.get("lat") + "," + r.get("lng")).as("coordinates")
                    .containsOnly(same.getFirst().get("lat") + "," + same.getFirst().get("lng"));
        });
    }

    @Test
    void theSameRowInAnotherListIsAnotherSourceRecord() {
        Row facility = row("CN,Sample Garment Ltd,\"1 Main Road, Shenzhen\",Apparel,22.5,114.1");

        String inListA = accepted(new OshListRowMapper("list-a.csv").map(facility)).origin().sourceId();
        String inListB = accepted(new OshListRowMapper("list-b.csv").map(facility)).origin().sourceId();

        assertThat(inListA).startsWith("list-a.csv:");
        assertThat(inListB).startsWith("list-b.csv:");
        assertThat(inListA.substring(inListA.indexOf(':'))).isEqualTo(inListB.substring(inListB.indexOf(':')));
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
            "Sample Garment Ltd  | 1 Main Road, Shenzhen",
            "SAMPLE GARMENT LTD. | 1 MAIN ROAD,, SHENZHEN□",
            "sample garment ltd  | 1 Main Road Shenzhen",
    })
    void caseSpacesAndStrayCharactersDoNotChangeTheSourceId(String name, String address) {
        OshListRowMapper mapper = new OshListRowMapper("list-x.csv");
        String tidy = accepted(mapper.map(row("CN,Sample Garment Ltd,\"1 Main Road, Shenzhen\",Apparel,22.5,114.1")))
                .origin().sourceId();

        String written = accepted(mapper.map(row("CN,\"" + name + "\",\"" + address + "\",Apparel,22.5,114.1")))
                .origin().sourceId();

        assertThat(written).isEqualTo(tidy);
    }

    @Test
    void anotherAddressIsAnotherFacility() {
        OshListRowMapper mapper = new OshListRowMapper("list-x.csv");

        String first = accepted(mapper.map(row("CN,Sample Garment Ltd,\"1 Main Road\",Apparel,22.5,114.1")))
                .origin().sourceId();
        String second = accepted(mapper.map(row("CN,Sample Garment Ltd,\"2 Main Road\",Apparel,22.5,114.1")))
                .origin().sourceId();

        assertThat(first).isNotEqualTo(second);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Atlantis,Sample Garment Ltd,1 Main Road,Apparel,10.5,100.5 | country | error.country.unknown",
            ",Sample Garment Ltd,1 Main Road,Apparel,10.5,100.5         | country | error.country.unknown",
            "CN,,1 Main Road,Apparel,10.5,100.5                         | name    | error.name.missing",
            "CN,Sample Garment Ltd,1 Main Road,Apparel,10.5,            | lng     | error.geo.incomplete",
            "CN,Sample Garment Ltd,1 Main Road,Apparel,,100.5           | lat     | error.geo.incomplete",
            "CN,Sample Garment Ltd,1 Main Road,Apparel,north,100.5      | lat     | error.cell.decimal",
            "CN,Sample Garment Ltd,1 Main Road,Apparel,95,100.5         | lat     | error.geo.latitude",
    })
    void aBadRowIsRejectedNamingTheColumn(String line, String column, String messageKey) {
        Row bad = row(line.strip());

        assertThatThrownBy(() -> new OshListRowMapper("list-x.csv").map(bad))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo(column);
                    assertThat(e.messageKey()).isEqualTo(messageKey);
                });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Apparel, SEWING", "Apparel|Health, SEWING", "Footwear, LEATHER_FOOTWEAR", "Textiles, FABRIC_MILL"})
    void theSectorGivesTheType(String sector, SupplierType type) {
        SupplierProfile profile = accepted(new OshListRowMapper("list-x.csv")
                .map(row("CN,Sample Garment Ltd,1 Main Road,\"" + sector + "\",22.5,114.1"))).profile();

        assertThat(profile.type()).isEqualTo(type);
        assertThat(profile.products()).containsExactlyElementsOf(Arrays.asList(sector.split("\\|")));
    }
}
