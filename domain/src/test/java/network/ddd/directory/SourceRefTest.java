package network.ddd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRefTest {

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"kicox, c0584", "osh, KR201908523DWAE", "osh-list, list-2.csv:0a1b2c", "ddd, 대구염색", "' web ', ' 42 '"})
    void aSourceIsALowerCaseSlugAndTheIdIsFreeText(String source, String sourceId) {
        SourceRef ref = new SourceRef(source, sourceId);

        assertThat(ref.source()).isEqualTo(source.strip());
        assertThat(ref.sourceId()).isEqualTo(sourceId.strip());
    }

    @ParameterizedTest(name = "\"{0}\":\"{1}\" → {2}")
    @CsvSource(value = {
            "NULL, c1, source",
            "'', c1, source",
            "KICOX, c1, source",
            "kicox data, c1, source",
            "-kicox, c1, source",
            "kicox, NULL, source_id",
            "kicox, '  ', source_id",
    }, nullValues = "NULL")
    void aMalformedSourceOrMissingIdIsRejected(String source, String sourceId, String field) {
        assertThatThrownBy(() -> new SourceRef(source, sourceId))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "id of {0} characters")
    @CsvSource({"200, true", "201, false"})
    void aSourceIdIsAtMost200Characters(int length, boolean accepted) {
        String id = "x".repeat(length);
        if (accepted) {
            assertThat(new SourceRef("ddd", id).sourceId()).hasSize(length);
        } else {
            assertThatThrownBy(() -> new SourceRef("ddd", id)).isInstanceOf(InvalidSupplierException.class);
        }
    }
}
