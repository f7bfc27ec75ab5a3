package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerTest {
    @ParameterizedTest(name = "{0} / {1} → {3}")
    @CsvSource(nullValues = "NULL", value = {
        "지수,  김,    designer@demo.example, 김지수",
        "Jisu,  Kim,   jisu,                  Jisu Kim",
        "NULL,  김,    kim,                   김",
        "Jisu,  NULL,  jisu,                  Jisu",
        "NULL,  NULL,  jisu@example.com,      jisu@example.com",
        "'  ',  '',    jisu,                  jisu"})
    void koreanNamesAreShownFamilyNameFirstWithoutASpace(String given, String family, String username,
                                                         String shown) {
        assertThat(Caller.displayName(given, family, username)).isEqualTo(shown);
    }
}
