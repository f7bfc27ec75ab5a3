package network.ddd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessRegistrationNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
            "220-81-62517;   2208162517",
            "2208162517;     2208162517",
            "' 220 81 62517 ';2208162517",
            "220.81.62517;   2208162517",
            "124-81-00998;   1248100998",
            "120-81-47521;   1208147521",
            "123-45-67891;   1234567891",
            "101-81-00020;   1018100020",
    })
    void validNumbersParseInTheirUsualWrittenForms(String written, String digits) {
        BusinessRegistrationNumber brn = BusinessRegistrationNumber.parse(written);

        assertThat(brn.digits()).isEqualTo(digits);
        assertThat(brn.formatted()).isEqualTo(digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-"
                + digits.substring(5));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"220-81-62518", "220-81-62510", "124-81-00997", "1234567890", "2208162571"})
    void aWrongCheckDigitIsRejected(String written) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(written))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("brn");
                    assertThat(e.messageKey()).isEqualTo("error.brn.checkDigit");
                });
    }

    /** 124-81-00998: ninth digit 9 × 5 = 45 adds its tens (4); a checker that forgets it expects …992. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1248100992", "1208147522", "1234567895"})
    void theNinthDigitAddsTheTensOfItsWeightedValue(String naivelyComputed) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(naivelyComputed))
                .isInstanceOf(InvalidSupplierException.class)
                .hasMessageContaining("error.brn.checkDigit");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"220-81-6251", "220816251", "22081625170", "220-81-625170", "22O-81-62517",
            "abcdefghij", "220_81_62517", "220/81/62517", "２２０８１６２５１７"})
    void aNumberThatIsNotTenDigitsIsRejectedAsMalformed(String written) {
        assertThatThrownBy(() -> BusinessRegistrationNumber.parse(written))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("brn");
                    assertThat(e.messageKey()).isEqualTo("error.brn.format");
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "\t", "  \n "})
    void aBlankNumberIsAbsentNotAnError(String written) {
        assertThat(BusinessRegistrationNumber.parse(written)).isNull();
    }

    @Test
    void theConstructorTakesOnlyTheTenDigits() {
        assertThatThrownBy(() -> new BusinessRegistrationNumber("220-81-62517"))
                .isInstanceOf(InvalidSupplierException.class)
                .hasMessageContaining("error.brn.format");
        assertThatThrownBy(() -> new BusinessRegistrationNumber(null))
                .isInstanceOf(InvalidSupplierException.class);
    }

    @Test
    void numbersAreEqualByValueAndShowInTheUsualForm() {
        assertThat(BusinessRegistrationNumber.parse("220 81 62517"))
                .isEqualTo(BusinessRegistrationNumber.parse("220-81-62517"))
                .hasToString("220-81-62517");
    }
}
