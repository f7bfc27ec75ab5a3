package network.ddd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkforceTest {

    @ParameterizedTest(name = "{0} people → {1}")
    @CsvSource({
            "0, 1~9명", "1, 1~9명", "9, 1~9명",
            "10, 10~49명", "49, 10~49명",
            "50, 50~99명", "99, 50~99명",
            "100, 100~299명", "299, 100~299명",
            "300, 300명 이상", "5000, 300명 이상",
    })
    void aCountFallsInTheRegistersBand(int count, String band) {
        assertThat(Workforce.bandOf(count)).isEqualTo(band);
        assertThat(new Workforce(count, null).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "\"{0}\" → count {1}, band {2}")
    @CsvSource({
            "19,           19, 10~49명",
            "' 350 ',      350, 300명 이상",
            "10~49,          , 10~49명",
            "10~49명,        , 10~49명",
            "10-49,          , 10~49명",
            "10 ~ 49 명,     , 10~49명",
            "300명 이상,     , 300명 이상",
            "300명이상,      , 300명 이상",
    })
    void writtenCountsAndBandsAreRead(String written, Integer count, String band) {
        Workforce workforce = Workforce.parse(written);

        assertThat(workforce.count()).isEqualTo(count);
        assertThat(workforce.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "count {0} facets with \"{1}\"")
    @CsvSource({"5, 1~9명", "19, 10~49명", "19, 10-49", "350, 300명 이상", "350, 300명이상"})
    void aCountAndTheRegistersBandFacetTogether(String count, String band) {
        assertThat(Workforce.parse(count).band()).isEqualTo(Workforce.parse(band).band());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void blankIsUnknown(String written) {
        assertThat(Workforce.parse(written)).isEqualTo(Workforce.UNKNOWN);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "many", "-5", "10~", "1.5", "약 20명", "19명 정도"})
    void unreadableTextIsRejectedOnTheWorkersColumn(String written) {
        assertThatThrownBy(() -> Workforce.parse(written))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("workers");
                    assertThat(e.messageKey()).isEqualTo("error.workers.format");
                });
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThatThrownBy(() -> new Workforce(-1, null))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("workers");
                    assertThat(e.messageKey()).isEqualTo("error.workers.negative");
                });
    }

    @Test
    void theRegistersOwnBandIsKeptBesideTheCount() {
        Workforce workforce = new Workforce(19, " 10~49명 ");

        assertThat(workforce.count()).isEqualTo(19);
        assertThat(workforce.band()).isEqualTo("10~49명");
    }
}
