package network.ddd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(value = {"KR, KR", "kr, KR", "' cn ', CN", "'', KR", "NULL, KR"}, nullValues = "NULL")
    void theCountryIsAnUpperCaseIsoCodeAndDefaultsToKorea(String written, String code) {
        assertThat(new Address(written, null, null, null, null).country()).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Korea", "KOR", "K", "한국", "K1"})
    void aCountryThatIsNotATwoLetterCodeIsRejected(String written) {
        assertThatThrownBy(() -> new Address(written, null, null, null, null))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("country");
                    assertThat(e.messageKey()).isEqualTo("error.country.unknown");
                });
    }

    @Test
    void theDisplayLinePrefersTheRoadNameAddress() {
        assertThat(new Address("KR", "대구광역시 서구 서대구로 351", "대구광역시 서구 비산동 1-1", null, null).displayLine())
                .isEqualTo("대구광역시 서구 서대구로 351");
        assertThat(new Address("KR", "  ", "대구광역시 서구 비산동 1-1", null, null).displayLine())
                .isEqualTo("대구광역시 서구 비산동 1-1");
        assertThat(Address.NONE.displayLine()).isNull();
    }
}
