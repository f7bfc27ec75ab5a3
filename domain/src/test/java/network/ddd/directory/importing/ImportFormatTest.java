package network.ddd.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which format a file is in, told by its header; and the format names of the CLI and the API. */
class ImportFormatTest {
    private static final String KICOX = "id,name,complex,district,eupmyeon,sector_code,sector,sector_group,product,"
            + "workers_band,workers,reg_type,first_registered,mfg_area_band,address,sites,source,as_of";
    private static final String OSH = "os_id,name,address_as_recorded,country_code,country,lat,lng,region_key,"
            + "region_unverified,state_code_boundary,adidas,adidas_list_type,nike_any_list,nike_feb_2024,"
            + "nike_old_lists_only,current,closed,tier,tier_source,product_junk_values,"
            + "product_words_as_reported_any_contributor,parent_groups,parent_placeholder,parent_conflict,"
            + "workers_est_median,shared_point_any_site,wrap_expired_on_record,bsci_expired_on_record,"
            + "slcp_older_than_2y,vn_region_source";
    private static final String OSH_LIST = "country,name,address,sector,lat,lng";
    private static final String DDD = "name_ko,name_en,aliases,type,brn,address,region,district,lat,lng,products,"
            + "processes,certifications,workers,moq,lead_time_days,source,source_id";

    private static Map<String, Integer> header(String line) {
        return CsvTable.of(line).header();
    }

    private static InputStream file(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "KICOX    | " + KICOX,
            "KICOX    | id,name,sector_code",
            "KICOX    | ID,Name,Sector Code",
            "OSH      | " + OSH,
            "OSH      | os_id,name,country_code,lat,lng",
            "OSH_LIST | " + OSH_LIST,
            "OSH_LIST | Country,Name,Address,Sector,Lat,Lng",
            "DDD      | " + DDD,
            "DDD      | type,name_ko",
            "DDD      | name_en,type",
    })
    void eachFormatIsRecognisedByItsHeader(ImportFormat format, String headerLine) {
        assertThat(ImportFormat.detect(header(headerLine), null)).isEqualTo(format);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "KICOX    | " + KICOX,
            "OSH      | " + OSH,
            "OSH_LIST | " + OSH_LIST,
            "DDD      | " + DDD,
    })
    void aFormatAskedForIsTheOneItsHeaderNames(ImportFormat format, String headerLine) {
        assertThat(ImportFormat.detect(header(headerLine), format)).isEqualTo(format);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a,b,c", "name,address", "name_ko,name_en,address", "country,name,address", "id,name"})
    void aHeaderOfNoKnownFormatIsRefused(String headerLine) {
        assertThatThrownBy(() -> ImportFormat.detect(header(headerLine), null))
                .isInstanceOfSatisfying(ImportFormat.UnknownFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.format");
                    assertThat(e.args()).containsExactly("auto");
                });
    }

    @ParameterizedTest(name = "{0} asked for a {2} header")
    @CsvSource(delimiter = '|', value = {
            "KICOX    | kicox | OSH      | " + OSH,
            "KICOX    | kicox | OSH_LIST | " + OSH_LIST,
            "KICOX    | kicox | DDD      | " + DDD,
            "OSH      | osh   | KICOX    | " + KICOX,
            "OSH      | osh   | DDD      | " + DDD,
            "DDD      | ddd   | OSH      | " + OSH,
            "DDD      | ddd   | OSH_LIST | " + OSH_LIST,
            "OSH_LIST | osh_list | OSH   | " + OSH,
    })
    void aFormatAskedForIsRefusedForAnotherFormatsHeader(ImportFormat asked, String askedName, ImportFormat actual,
            String headerLine) {
        assertThat(ImportFormat.detect(header(headerLine), null)).as("the header's own format").isEqualTo(actual);

        assertThatThrownBy(() -> ImportFormat.detect(header(headerLine), asked))
                .isInstanceOfSatisfying(ImportFormat.UnknownFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.format");
                    assertThat(e.args()).containsExactly(askedName);
                });
    }

    /** "osh" on the command line covers both Open Supply Hub shapes: the header tells which. */
    @Test
    void oshAskedForAContributorListHeaderIsAContributorList() {
        assertThat(ImportFormat.detect(header(OSH_LIST), ImportFormat.OSH)).isEqualTo(ImportFormat.OSH_LIST);
        assertThat(ImportFormat.detect(header(OSH_LIST), ImportFormat.ofName("osh"))).isEqualTo(ImportFormat.OSH_LIST);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "kicox,    KICOX",
            "KICOX,    KICOX",
            "' Kicox ', KICOX",
            "osh,      OSH",
            "OSH,      OSH",
            "osh-list, OSH_LIST",
            "osh_list, OSH_LIST",
            "ddd,      DDD",
            "Ddd,      DDD",
    })
    void aFormatNameIsReadWhateverItsCase(String name, ImportFormat format) {
        assertThat(ImportFormat.ofName(name)).isEqualTo(format);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"auto", "AUTO", "Auto", "  "})
    void autoOrNoNameMeansDetectFromTheHeader(String name) {
        assertThat(ImportFormat.ofName(name)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"unknown", "csv", "xlsx", "kicox2", "open supply hub", "auto-detect"})
    void anUnknownFormatNameIsRefusedNamingIt(String name) {
        assertThatThrownBy(() -> ImportFormat.ofName(name))
                .isInstanceOfSatisfying(ImportFormat.UnknownFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.format");
                    assertThat(e.args()).containsExactly(name);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "KICOX    | " + KICOX,
            "OSH      | " + OSH,
            "OSH_LIST | " + OSH_LIST,
            "DDD      | " + DDD,
    })
    void aFileIsRecognisedFromItsFirstLineWithOrWithoutAByteOrderMark(ImportFormat format, String headerLine) {
        assertThat(SupplierImporter.detect(file(headerLine + "\r\n1,2,3\r\n"), null)).isEqualTo(format);
        assertThat(SupplierImporter.detect(file("\uFEFF" + headerLine + "\n"), null)).isEqualTo(format);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {"", "\n\n", "\uFEFF", "\uFEFF\r\n"})
    void aFileWithoutAHeaderIsRefusedAsEmpty(String text) {
        assertThatThrownBy(() -> SupplierImporter.detect(file(text), null))
                .isInstanceOf(SupplierImporter.EmptyFileException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"KICOX, KicoxRowMapper", "OSH, OshFacilityRowMapper", "OSH_LIST, OshListRowMapper",
            "DDD, DddRowMapper"})
    void eachFormatMapsRowsWithItsOwnMapper(ImportFormat format, String mapper) {
        assertThat(format.mapper("list-2.csv").getClass().getSimpleName()).isEqualTo(mapper);
    }
}
