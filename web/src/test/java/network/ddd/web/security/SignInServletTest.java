package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInServletTest {
    @ParameterizedTest(name = "return={0} goes to {1}")
    @CsvSource(nullValues = "NULL", value = {
        "/supplier.xhtml?id=42, /supplier.xhtml?id=42",
        "/?lang=ko,             /?lang=ko",
        "NULL,                  /",
        "'',                    /",
        "https://evil.example/, /",
        "//evil.example/,       /",
        "/\\evil.example/,      /",
        "relative/page,         /"})
    void afterSignInTheBrowserOnlyReturnsToAPathOfThisSite(String asked, String expected) {
        assertThat(SignInServlet.localPath(asked)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'/a\r\nSet-Cookie: x=1'", "'/a\tb'"})
    void aReturnPathWithControlCharactersIsIgnored(String asked) {
        assertThat(SignInServlet.localPath(asked)).isEqualTo("/");
    }
}
