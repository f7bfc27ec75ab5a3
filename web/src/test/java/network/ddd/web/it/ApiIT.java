package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import network.ddd.identity.OrgRole;
import network.ddd.organisation.OrganisationKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract as clients meet it: raw UTF-8 in a query string, repeated parameters, multi-select facets,
 * the import size limit, streamed progress of imports and reindexing, and the OpenAPI document: its parameters,
 * and every operation described, with the bearer scheme and a 401 wherever sign-in is needed.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {
    static final String KICOX_ALL_SECTORS = "kicox-daegu-factories.csv"; // the whole Daegu register, 11,174 rows
    static final int KICOX_ALL_SECTORS_ROWS = 11174;
    static final String DAEGU = "대구광역시";
    /** The operations anybody may call without a token; every other operation declares the bearer scheme. */
    static final Set<String> PUBLIC_OPERATIONS = Set.of("GET /api/v1/suppliers", "GET /api/v1/suppliers/suggest",
            "GET /api/v1/suppliers/{id}");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head",
            "options", "trace");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    Api api;
    RawHttp raw;

    @BeforeEach
    void clients() {
        api = new Api(base);
        raw = new RawHttp(base);
    }

    private void kicoxSearchable() {
        Api.ImportReply reply = api.importFile(SharedData.file(DirectoryIT.KICOX), "kicox");
        assertThat(reply.count("rejected")).as(reply.text()).isZero();
        await().atMost(Duration.ofSeconds(60)).until(() -> total("type=DYEING_FINISHING&region=" + Api.q(DAEGU))
                >= DirectoryIT.KICOX_DYEING_FINISHING);
    }

    private long total(String query) {
        return search("size=1&" + query).get("total").asLong();
    }

    private JsonNode search(String query) {
        Api.Reply reply = api.get("api/v1/suppliers?" + query);
        assertThat(reply.status()).as(query + " → " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void aQueryStringInRawUtf8IsReadAsUtf8() throws Exception {
        kicoxSearchable();
        String query = "q=염색&region=대구광역시&size=5";

        RawHttp.Response answer = raw.get("api/v1/suppliers?" + query, "ko"); // as curl sends it: no %-encoding
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
        assertThat(json.get("terms").toString()).contains("염색");
        long encoded = total("q=" + Api.q("염색") + "&region=" + Api.q(DAEGU));
        assertThat(json.get("total").asLong()).isEqualTo(encoded).isGreaterThanOrEqualTo(280);
        assertThat(json.get("hits").get(0).get("region").asText()).isEqualTo(DAEGU);

        RawHttp.Response suggest = raw.get("api/v1/suppliers/suggest?q=한국천연", "ko");
        assertThat(suggest.body()).contains("(주)한국천연염색");
    }

    @Test
    void aRepeatedSingleValuedParameterIsA400NamingIt() {
        for (String query : List.of("sort=relevance&sort=recent", "q=" + Api.q("염색") + "&q=" + Api.q("니트"),
                "page=1&page=2", "near=" + Api.q("동대문") + "&near=" + Api.q("창신동"))) {
            String name = query.substring(0, query.indexOf('='));
            Api.Reply reply = api.get("api/v1/suppliers?" + query, "en");
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("parameter").asText()).isEqualTo(name);
            assertThat(reply.json().get("detail").asText()).isEqualTo(name + " may be given only once");
        }
        Api.Reply korean = api.get("api/v1/suppliers/suggest?q=a&q=b", "ko");
        assertThat(korean.status()).isEqualTo(400);
        assertThat(korean.json().get("detail").asText()).isEqualTo("q 값은 한 번만 줄 수 있습니다");
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        kicoxSearchable();
        String daegu = "&region=" + Api.q(DAEGU);
        long dyeing = total("type=DYEING_FINISHING" + daegu);
        long printing = total("type=PRINTING" + daegu);
        assertThat(dyeing).isEqualTo(DirectoryIT.KICOX_DYEING_FINISHING);
        assertThat(printing).isPositive();

        JsonNode either = search("size=100&type=DYEING_FINISHING&type=PRINTING" + daegu);
        assertThat(either.get("total").asLong()).as("OR within the type facet").isEqualTo(dyeing + printing);
        assertThat(facet(either, "type", "DYEING_FINISHING")).isEqualTo(dyeing);
        assertThat(facet(either, "type", "PRINTING")).isEqualTo(printing);
        either.get("hits").forEach(hit -> assertThat(hit.get("type").get("code").asText())
                .isIn("DYEING_FINISHING", "PRINTING"));

        String twoDistricts = "&district=" + Api.q("서구") + "&district=" + Api.q("달성군");
        long seoGu = total("type=DYEING_FINISHING&type=PRINTING" + daegu + "&district=" + Api.q("서구"));
        long dalseong = total("type=DYEING_FINISHING&type=PRINTING" + daegu + "&district=" + Api.q("달성군"));
        assertThat(seoGu).isPositive();
        assertThat(dalseong).isPositive();
        JsonNode both = search("size=100&type=DYEING_FINISHING&type=PRINTING" + daegu + twoDistricts);
        assertThat(both.get("total").asLong()).as("AND across facets, OR within each").isEqualTo(seoGu + dalseong)
                .isLessThan(dyeing + printing);
        both.get("hits").forEach(hit -> {
            assertThat(hit.get("type").get("code").asText()).isIn("DYEING_FINISHING", "PRINTING");
            assertThat(hit.get("district").asText()).isIn("서구", "달성군");
        });

        Api.Reply badSecond = api.get("api/v1/suppliers?type=DYEING_FINISHING&type=NOPE", "en");
        assertThat(badSecond.status()).isEqualTo(400);
        assertThat(badSecond.json().get("parameter").asText()).isEqualTo("type");
    }

    @Test
    void anImportLargerThanTheLimitIsRefusedWith413AndNothingIsStored() {
        String tag = "zqbig" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "x");
        byte[] start = ("name_ko,type,source,source_id\n큰 파일 " + tag + ",SEWING,it-big," + tag + "\n")
                .getBytes(StandardCharsets.UTF_8);

        RawHttp.Response answer = raw.postDeclaring("api/v1/imports?format=ddd&name=big.csv", "text/csv", start,
                60L * 1024 * 1024);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("content-type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":413")
                .contains("The file is larger than the import limit of 50 MB. Nothing was stored.")
                .doesNotContain("Exception");
        assertThat(total("q=" + tag)).as("nothing stored").isZero();
    }

    @Test
    void importProgressArrivesWhileTheImportRuns() {
        RawHttp.Response answer = raw.post("api/v1/imports?format=auto&name=" + KICOX_ALL_SECTORS, "text/csv",
                SharedData.file(KICOX_ALL_SECTORS), "en");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("transfer-encoding")).isEqualTo("chunked");
        assertThat(answer.header("content-length")).as("not buffered to compute a length").isNull();
        int started = answer.chunkWith("Import started: " + KICOX_ALL_SECTORS);
        int firstProgress = answer.chunkWith("Progress ");
        int result = answer.chunkWith("RESULT ");
        assertThat(started).as("the first line comes in a chunk of its own").isZero();
        assertThat(answer.chunks().get(0).text()).doesNotContain("Progress").doesNotContain("RESULT");
        assertThat(firstProgress).as("progress before the result").isPositive().isLessThan(result);
        assertThat(answer.body()).contains("RESULT format=kicox read=" + KICOX_ALL_SECTORS_ROWS + " ");
        System.out.printf(Locale.ROOT, "import stream: %d chunks; first progress %d ms after the first line, "
                        + "RESULT %d ms after it%n", answer.chunks().size(),
                millisBetween(answer, started, firstProgress), millisBetween(answer, started, result));
    }

    @Test
    void reindexProgressIsStreamedLineByLine() {
        kicoxSearchable();
        RawHttp.Response answer = raw.post("api/v1/admin/reindex", "text/plain", emptyFile(), "en");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("transfer-encoding")).isEqualTo("chunked");
        assertThat(answer.header("content-length")).isNull();
        int started = answer.chunkWith("Rebuilding the search index");
        int progress = answer.chunkWith("Progress ");
        int result = answer.chunkWith("RESULT documents=");
        assertThat(started).isZero();
        assertThat(progress).isPositive().isLessThan(result);
        assertThat(answer.chunks().get(0).text()).doesNotContain("RESULT");
        assertThat(Long.parseLong(answer.body().replaceAll("(?s).*RESULT documents=(\\d+).*", "$1")))
                .isGreaterThanOrEqualTo(DirectoryIT.KICOX_TEXTILE_ROWS - DirectoryIT.KICOX_OTHER_SECTOR_ROWS);
        assertThat(total("q=" + Api.q("한국천연염색"))).as("search works after the swap").isPositive();
    }

    @Test
    void theOpenApiDocumentListsTheSearchParameters() {
        Api.Reply reply = api.get(URI.create(base.toString()).resolve("/openapi").toString());
        assertThat(reply.status()).isEqualTo(200);
        String yaml = reply.body();
        String search = section(yaml, "  /api/v1/suppliers:");
        for (String name : List.of("q", "type", "region", "district", "process", "certification", "workers", "moq",
                "near", "lat", "lng", "km", "sort", "page", "size")) {
            assertThat(search).as("parameter " + name).contains("- name: " + name + "\n");
        }
        assertThat(section(yaml, "  /api/v1/suppliers/suggest:")).contains("- name: q\n").contains("- name: size\n");
        String imports = section(yaml, "  /api/v1/imports:");
        assertThat(imports).contains("- name: format\n").contains("- name: name\n").contains("\"413\"");
    }

    @Test
    void everyOperationIsDescribedAndThoseNeedingSignInDeclareTheBearerSchemeAndA401() {
        Api.Reply reply = api.get(URI.create(base.toString()).resolve("/openapi?format=JSON").toString());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode document = reply.json();
        JsonNode scheme = document.at("/components/securitySchemes/keycloak");
        assertThat(scheme.path("type").asText()).as("the bearer scheme, declared once").isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("description").asText()).contains("ddd-cli").contains("ddd-api");

        List<String> operations = new ArrayList<>();
        List<String> withoutSummary = new ArrayList<>();
        List<String> signInWithout401 = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> otherScheme = new ArrayList<>();
        List<String> errorsNotProblems = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!HTTP_METHODS.contains(method.getKey())) {
                return;
            }
            String name = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode operation = method.getValue();
            operations.add(name);
            if (operation.path("summary").asText().isBlank()) {
                withoutSummary.add(name);
            }
            operation.path("responses").properties().forEach(answer -> {
                JsonNode problem = answer.getValue().path("content").path("application/problem+json");
                if (answer.getKey().matches("[45]\\d\\d")
                        && !problem.path("schema").path("$ref").asText().equals("#/components/schemas/Problem")) {
                    errorsNotProblems.add(name + " " + answer.getKey());
                }
            });
            JsonNode security = operation.has("security") ? operation.get("security") : document.path("security");
            if (security.isEmpty()) {
                open.add(name);
            } else {
                if (!operation.path("responses").has("401")) {
                    signInWithout401.add(name);
                }
                security.forEach(requirement -> {
                    if (!requirement.has("keycloak")) {
                        otherScheme.add(name + " " + requirement);
                    }
                });
            }
        }));

        assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(20).containsAll(PUBLIC_OPERATIONS);
        assertThat(withoutSummary).as("operations without a summary (@Operation)").isEmpty();
        assertThat(signInWithout401).as("operations needing sign-in without a documented 401").isEmpty();
        assertThat(otherScheme).as("security requirements naming another scheme").isEmpty();
        assertThat(errorsNotProblems).as("error answers not documented as problem+json").isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties").has("status")).as("the Problem schema")
                .isTrue();
        assertThat(open).as("operations without a security requirement: only the public directory")
                .contains("GET /api/v1/suppliers").containsExactlyInAnyOrderElementsOf(PUBLIC_OPERATIONS);

        // the kinds and roles a client sends or reads are listed, and they are the domain's own values
        List<String> kinds = Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
        List<String> roles = Arrays.stream(OrgRole.values()).map(Enum::name).toList();
        JsonNode schemas = document.at("/components/schemas");
        assertThat(enumeration(schemas, "NewOrganisation", "kind")).isEqualTo(kinds);
        assertThat(enumeration(schemas, "NewInvitation", "role")).isEqualTo(roles);
        assertThat(enumeration(schemas, "RoleChange", "role")).isEqualTo(roles);
        assertThat(enumeration(schemas, "Membership", "kind")).isEqualTo(kinds);
        assertThat(enumeration(schemas, "Membership", "role")).isEqualTo(roles);
    }

    private static List<String> enumeration(JsonNode schemas, String schema, String property) {
        List<String> values = new ArrayList<>();
        schemas.path(schema).path("properties").path(property).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    /** The lines of one path in the OpenAPI YAML, up to the next path. */
    private static String section(String yaml, String pathLine) {
        int start = yaml.indexOf(pathLine + "\n");
        assertThat(start).as(pathLine + " in /openapi").isNotNegative();
        int end = start + pathLine.length() + 1;
        while (end < yaml.length()) {
            int next = yaml.indexOf('\n', end);
            String line = yaml.substring(end, next < 0 ? yaml.length() : next);
            if (!line.startsWith("   ") && !line.isBlank()) {
                break;
            }
            end = next < 0 ? yaml.length() : next + 1;
        }
        return yaml.substring(start, end);
    }

    private static long millisBetween(RawHttp.Response answer, int from, int to) {
        return (answer.chunks().get(to).arrivedNanos() - answer.chunks().get(from).arrivedNanos()) / 1_000_000;
    }

    private static java.nio.file.Path emptyFile() {
        try {
            java.nio.file.Path empty = java.nio.file.Files.createTempFile("ddd-empty-", ".txt");
            empty.toFile().deleteOnExit();
            return empty;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long facet(JsonNode result, String facet, String value) {
        for (JsonNode bucket : result.get("facets").get(facet)) {
            if (bucket.get("value").asText().equals(value)) {
                return bucket.get("count").asLong();
            }
        }
        return 0;
    }

}
