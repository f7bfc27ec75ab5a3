package network.ddd.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search quality on the real lists: every judged query (src/test/resources/relevance/judgements.tsv) must have
 * its expected suppliers in the top 10 and none of its excluded ones; the mean nDCG@10 is printed and must not
 * fall below {@link #MIN_MEAN_NDCG}.
 */
@ExtendWith(ArquillianExtension.class)
class RelevanceIT {
    /** Set from the first measured run (see the issue note); lower it only with a reason. */
    static final double MIN_MEAN_NDCG = 0.90;

    record Judgement(String query, List<String> relevant, List<String> excluded) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return DddDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void judgedQueriesFindTheirSuppliersInTheTopTen() throws IOException {
        Api api = new Api(base);
        for (String file : List.of(DirectoryIT.KICOX, "osh-kr-facilities.csv")) {
            Api.ImportReply reply = api.importFile(SharedData.file(file), "auto");
            assertThat(reply.count("rejected")).as(reply.text()).isZero();
        }
        await().atMost(Duration.ofSeconds(90)).until(() ->
                api.get("api/v1/suppliers?q=" + Api.q("framas")).json().path("total").asLong() >= 2);

        SoftAssertions softly = new SoftAssertions();
        double sum = 0;
        List<Judgement> judgements = judgements();
        for (Judgement j : judgements) {
            JsonNode result = api.get("api/v1/suppliers?size=10&q=" + Api.q(j.query())).json();
            List<String> top = new ArrayList<>();
            result.get("hits").forEach(hit -> top.add(hit.hasNonNull("nameKo") ? hit.get("nameKo").asText()
                    : hit.get("nameEn").asText()));
            double ndcg = ndcg(top, j.relevant());
            sum += ndcg;
            System.out.printf(Locale.ROOT, "relevance  nDCG@10=%.3f  %-24s → %s%n", ndcg, j.query(), top);
            softly.assertThat(top).as("top 10 for “%s”", j.query()).containsAll(j.relevant());
            if (!j.excluded().isEmpty()) {
                softly.assertThat(top).as("top 10 for “%s” excludes", j.query()).doesNotContainAnyElementsOf(j.excluded());
            }
        }
        double mean = sum / judgements.size();
        System.out.printf(Locale.ROOT, "relevance  mean nDCG@10 = %.3f over %d judged queries (threshold %.2f)%n",
                mean, judgements.size(), MIN_MEAN_NDCG);
        softly.assertThat(mean).as("mean nDCG@10").isGreaterThanOrEqualTo(MIN_MEAN_NDCG);
        softly.assertAll();
    }

    /** Binary-relevance nDCG@10: 1 when every relevant supplier is ranked above every other. */
    static double ndcg(List<String> ranked, List<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / (Math.log(i + 2) / Math.log(2));
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            ideal += 1 / (Math.log(i + 2) / Math.log(2));
        }
        return ideal == 0 ? 1 : dcg / ideal;
    }

    static List<Judgement> judgements() throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (InputStream in = RelevanceIT.class.getResourceAsStream("/relevance/judgements.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                judgements.add(new Judgement(cells[0], names(cells[1]), cells.length > 2 ? names(cells[2]) : List.of()));
            }
        }
        return judgements;
    }

    private static List<String> names(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
