package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory end to end on Payara Micro against the real PostgreSQL and Elasticsearch started by
 * {@code ./ddd test}: import the real KICOX register, find Daegu dyeing houses, read profiles, see bad input
 * answered clearly, and see the search outbox drain after Elasticsearch was stopped and restarted.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {
    static final String KICOX = "kicox-daegu-textile-apparel.csv";
    static final int KICOX_TEXTILE_ROWS = 1514;
    static final int KICOX_OTHER_SECTOR_ROWS = 7; // food makers under old KSIC-9 codes 15119/15132/15139/15499
    static final int KICOX_DYEING_FINISHING = 280; // KSIC 134xx except 13403 (printing)

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    private void kicoxImported() {
        Api.ImportReply reply = api.importFile(SharedData.file(KICOX), "kicox");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.count("rejected")).as(reply.text()).isZero();
    }

    private JsonNode searchWhenIndexed(String query, int atLeast) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Api.Reply reply = api.get("api/v1/suppliers?" + query);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            last[0] = reply.json();
            assertThat(last[0].get("total").asLong()).isGreaterThanOrEqualTo(atLeast);
        });
        return last[0];
    }

    @Test
    void importingTheKicoxRegisterStoresEveryTextileRowAndSkipsOtherSectors() {
        Api.ImportReply first = api.importFile(SharedData.file(KICOX), "kicox");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.result().get("format")).isEqualTo("kicox");
        assertThat(first.count("read")).isEqualTo(KICOX_TEXTILE_ROWS);
        assertThat(first.count("created") + first.count("updated") + first.count("unchanged"))
                .isEqualTo(KICOX_TEXTILE_ROWS - KICOX_OTHER_SECTOR_ROWS);
        assertThat(first.count("skipped")).isEqualTo(KICOX_OTHER_SECTOR_ROWS);
        assertThat(first.count("rejected")).isZero();
        assertThat(first.text()).contains("Sector outside textiles, apparel and leather: 7 rows");

        Api.ImportReply again = api.importFile(SharedData.file(KICOX), "auto");
        assertThat(again.count("created")).as("re-import is idempotent").isZero();
        assertThat(again.count("updated")).isZero();
        assertThat(again.count("unchanged")).isEqualTo(KICOX_TEXTILE_ROWS - KICOX_OTHER_SECTOR_ROWS);
    }

    @Test
    void searchingDyeingInKoreanFindsDaeguDyeingAndFinishingFirms() {
        kicoxImported();
        JsonNode result = searchWhenIndexed("q=" + Api.q("염색") + "&size=20", KICOX_DYEING_FINISHING);

        // other tests may have added other lists (e.g. Open Supply Hub): the page is still Daegu's dye houses
        List<String> daeguDyeing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        result.get("hits").forEach(hit -> {
            String type = hit.get("type").get("code").asText();
            names.add(hit.path("nameKo").asText(hit.path("nameEn").asText()));
            if ((type.equals("DYEING_FINISHING") || type.equals("PRINTING"))
                    && hit.path("region").asText().equals("대구광역시")) {
                daeguDyeing.add(type);
            }
        });
        assertThat(names).hasSize(20).contains("(주)한국천연염색", "합동염색(주)", "성화염색");
        assertThat(daeguDyeing).hasSizeGreaterThanOrEqualTo(18);
        assertThat(result.get("facets").get("type").get(0).get("label").asText()).isNotBlank();

        JsonNode daegu = searchWhenIndexed("q=" + Api.q("염색") + "&region=" + Api.q("대구광역시"), 1);
        assertThat(facet(daegu, "type", "DYEING_FINISHING")).isEqualTo(KICOX_DYEING_FINISHING);
        assertThat(facet(daegu, "region", "대구광역시")).isEqualTo(daegu.get("total").asLong());

        JsonNode byName = searchWhenIndexed("q=" + Api.q("한국천연염색"), 1);
        assertThat(byName.get("hits").get(0).get("nameKo").asText()).isEqualTo("(주)한국천연염색");
        assertThat(byName.get("hits").get(0).get("district").asText()).isEqualTo("달성군");
    }

    @Test
    void facetsFilterByTypeAndDistrict() {
        kicoxImported();
        JsonNode result = searchWhenIndexed("type=DYEING_FINISHING&district=" + Api.q("서구"), 1);
        result.get("hits").forEach(hit -> {
            assertThat(hit.get("type").get("code").asText()).isEqualTo("DYEING_FINISHING");
            assertThat(hit.get("district").asText()).isEqualTo("서구");
        });
        assertThat(facet(result, "district", "서구")).isEqualTo(result.get("total").asLong());
    }

    @Test
    void aProfileShowsWhatTheRegisterSays() {
        kicoxImported();
        JsonNode hit = searchWhenIndexed("q=" + Api.q("제이드 청포도"), 1).get("hits").get(0);
        Api.Reply reply = api.get("api/v1/suppliers/" + hit.get("id").asLong(), "en");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode profile = reply.json();
        assertThat(profile.get("nameKo").asText()).isEqualTo("(주) 제이드 청포도");
        assertThat(profile.get("type").get("code").asText()).isEqualTo("SEWING");
        assertThat(profile.get("type").get("label").asText()).isEqualTo("Sewing workshop");
        assertThat(profile.get("district").asText()).isEqualTo("서구");
        assertThat(profile.get("workersCount").asInt()).isEqualTo(19);
        assertThat(profile.get("roadAddress").asText()).isEqualTo("대구광역시 서구 서대구로 351(비산동)");
        assertThat(profile.get("source").asText()).isEqualTo("kicox");
        assertThat(profile.get("sourceId").asText()).isEqualTo("c0584");
    }

    @Test
    void badRequestsGetProblemDetailsNeverStackTraces() {
        Api.Reply missing = api.get("api/v1/suppliers/987654321", "en");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asText()).isEqualTo("Supplier 987654321 does not exist");

        Api.Reply notANumber = api.get("api/v1/suppliers/abc");
        assertThat(notANumber.status()).isEqualTo(404);

        Api.Reply badType = api.get("api/v1/suppliers?type=NOPE", "en");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("parameter").asText()).isEqualTo("type");

        Api.Reply badPage = api.get("api/v1/suppliers?page=x", "ko");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("detail").asText()).contains("page").contains("정수");

        Api.Reply badSize = api.get("api/v1/suppliers?size=1000");
        assertThat(badSize.status()).isEqualTo(400);

        for (Api.Reply reply : List.of(missing, notANumber, badType, badPage, badSize)) {
            assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        Api.Reply page404 = api.get("no-such-page.xhtml");
        assertThat(page404.status()).isEqualTo(404);
        assertThat(page404.body()).contains("찾는 페이지가 없습니다").doesNotContain("Exception");
    }

    @Test
    void aFormFromAnExpiredPageAndAnInterruptedSignInAreExplainedNeverBlank() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> expired = http.send(HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ko")
                .POST(HttpRequest.BodyPublishers.ofString("q=x&jakarta.faces.ViewState=1:2")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> callback = http.send(HttpRequest.newBuilder(
                        base.toURI().resolve("signin/callback?state=abc&code=def")).header("Accept-Language", "ko")
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(expired.statusCode()).as(expired.body()).isEqualTo(400);
        assertThat(expired.body()).contains("페이지를 너무 오래 열어 두었습니다").contains("페이지 다시 열기")
                .doesNotContain("Exception");
        assertThat(expired.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(400);
        assertThat(callback.body()).contains("로그인이 중단되었습니다").doesNotContain("Exception");
    }

    @Test
    void badRowsAreReportedAndGoodRowsKept() {
        String tag = tag();
        String csv = """
                source_id,name_ko,type,brn,lat,lng,workers,source
                %1$s-1,시험 봉제 %1$s,SEWING,,,,5,it-rows
                %1$s-2,시험 불량 번호 %1$s,SEWING,123-45-67890,,,,it-rows
                %1$s-3,,SEWING,,,,,it-rows
                %1$s-4,시험 좌표 %1$s,SEWING,,37.5,,,it-rows
                %1$s-5,시험 업종 %1$s,TAILOR,,,,,it-rows
                %1$s-6,시험 니트 %1$s,KNITWEAR,,,,10~49,it-rows
                """.formatted(tag);
        Api.ImportReply reply = api.importText(csv, "ddd", "bad-rows.csv");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.count("created")).isEqualTo(2);
        assertThat(reply.count("rejected")).isEqualTo(4);
        assertThat(reply.text())
                .contains("row 3, column brn: The business registration number fails its check digit")
                .contains("row 4, column name: The company name is missing")
                .contains("row 5, column lng: Latitude and longitude must be given together")
                .contains("row 6, column type: Unknown supplier type code: “TAILOR”");
        JsonNode found = searchWhenIndexed("q=" + Api.q(tag), 2);
        assertThat(found.get("total").asLong()).isEqualTo(2);

        Api.ImportReply wrongFormat = api.importText(csv, "kicox", "bad-rows.csv");
        assertThat(wrongFormat.status()).isEqualTo(400);
    }

    @Test
    void aFileInAnotherEncodingOrWithAnUnclosedQuoteIsReportedClearly() {
        String tag = tag();
        String csv = "name_ko,type,source,source_id\n인코딩 시험 " + tag + ",SEWING,it-enc," + tag + "\n";
        Api.ImportReply cp949 = api.importBytes(csv.getBytes(java.nio.charset.Charset.forName("x-windows-949")),
                "ddd", "cp949.csv");
        assertThat(cp949.status()).isEqualTo(400);
        assertThat(cp949.text()).contains("not UTF-8").contains("row 1").doesNotContain("Exception");

        Api.ImportReply unclosed = api.importText("name_ko,type,source,source_id\n"
                + "따옴표 시험 " + tag + ",SEWING,it-enc," + tag + "-1\n"
                + "\"닫히지 않은 " + tag + ",SEWING,it-enc," + tag + "-2\n"
                + "사라질 행 " + tag + ",SEWING,it-enc," + tag + "-3\n", "ddd", "quote.csv");
        assertThat(unclosed.count("created")).isEqualTo(1);
        assertThat(unclosed.count("rejected")).isEqualTo(1);
        assertThat(unclosed.text()).contains("row 3, column -: A quote (\") is never closed");
    }

    @Test
    void aChangedRowUpdatesItsSupplier() {
        String tag = tag();
        String header = "name_ko,type,products,source,source_id\n";
        api.importText(header + "변경 시험 " + tag + ",SEWING,셔츠,it-update," + tag + "\n", "ddd", "u.csv");
        Api.ImportReply changed = api.importText(header + "변경 시험 " + tag + ",SEWING,바지|치마,it-update," + tag
                + "\n", "ddd", "u.csv");

        assertThat(changed.count("updated")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode hits = api.get("api/v1/suppliers?q=" + Api.q(tag)).json().get("hits");
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).get("products").toString()).contains("바지").contains("치마").doesNotContain("셔츠");
        });
    }

    @Test
    void aProfileEditedOnThePlatformIsNotOverwrittenWhenItsRegisterIsImportedAgain() {
        String tag = tag();
        String header = "name_ko,type,products,source,source_id\n";
        api.importText(header + "편집 시험 " + tag + ",SEWING,셔츠,it-kept," + tag + "\n", "ddd", "k.csv");
        long id = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode hits = api.get("api/v1/suppliers?q=" + Api.q(tag)).json().get("hits");
            return hits.isEmpty() ? null : hits.get(0).get("id").asLong();
        }, Objects::nonNull);
        long version = api.get("api/v1/suppliers/" + id).json().get("version").asLong();
        Api.Reply edited = api.putAsOperator("api/v1/suppliers/" + id, "{\"version\":" + version
                + ",\"nameKo\":\"편집 시험 " + tag + "\",\"type\":\"SEWING\",\"products\":[\"블라우스\"]}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        Api.ImportReply again = api.importText(header + "편집 시험 " + tag + ",SEWING,바지,it-kept," + tag + "\n",
                "ddd", "k.csv");

        assertThat(again.count("kept")).as(again.text()).isEqualTo(1);
        assertThat(again.count("updated")).isZero();
        assertThat(again.text()).contains("1 profiles are maintained by their firms on D·D·D");
        assertThat(api.get("api/v1/suppliers/" + id).json().get("products").toString())
                .contains("블라우스").doesNotContain("바지");
    }

    @Test
    void whileElasticsearchIsDownWritesSucceedSearchDegradesAndTheBacklogDrainsWhenItReturns() throws Exception {
        String tag = tag();
        elasticsearch("stop");
        try {
            Api.ImportReply reply = api.importText("name_ko,type,source,source_id\n"
                    + "정전 시험 봉제 " + tag + ",SEWING,it-outage," + tag + "-1\n"
                    + "정전 시험 니트 " + tag + ",KNITWEAR,it-outage," + tag + "-2\n", "ddd", "outage.csv");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.count("created")).isEqualTo(2);

            Api.Reply degraded = api.get("api/v1/suppliers?q=" + Api.q(tag), "en");
            assertThat(degraded.status()).as("the directory keeps answering from the database").isEqualTo(200);
            assertThat(degraded.json().get("degraded").asBoolean()).isTrue();
            assertThat(degraded.json().get("total").asLong()).isEqualTo(2);
            Api.Reply page = api.get("?q=" + Api.q(tag), "ko");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("간단한 검색으로 보여 드립니다").contains("정전 시험 봉제").contains(tag);
        } finally {
            elasticsearch("start");
        }
        JsonNode found = searchWhenIndexed("q=" + Api.q(tag), 2);
        assertThat(found.get("total").asLong()).isEqualTo(2);
    }

    /** A unique word of Latin letters: one token for every analyser, found only in this test's rows. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("zq");
        UUID.randomUUID().toString().chars().filter(Character::isLetterOrDigit)
                .forEach(c -> tag.append((char) ('a' + Character.digit(c, 16) % 26)));
        return tag.substring(0, 12);
    }

    private static long facet(JsonNode result, String facet, String value) {
        for (JsonNode bucket : result.get("facets").get(facet)) {
            if (bucket.get("value").asText().equals(value)) {
                return bucket.get("count").asLong();
            }
        }
        return 0;
    }

    /** Stops or starts the test Elasticsearch through the launcher, as an operator would. */
    static void elasticsearch(String action) throws IOException, InterruptedException {
        String control = System.getenv("DDD_TEST_ES_CTL");
        assertThat(control).as("DDD_TEST_ES_CTL is set by ./ddd test").isNotBlank();
        Process process = new ProcessBuilder("bash", "-c", control + " " + action).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("es " + action + " finished").isTrue();
        assertThat(process.exitValue()).as("es " + action).isZero();
    }
}
