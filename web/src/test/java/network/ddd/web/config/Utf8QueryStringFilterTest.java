package network.ddd.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8QueryStringFilterTest {
    /** What Grizzly hands out for raw bytes: each byte as one ISO-8859-1 char. */
    private static String asLatin1(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"q=염색", "q=염색&near=창신동&km=3", "q=ㅇㅅ", "q=T/C 65/35&type=KNITTING"})
    void rawUtf8QueryStringsAreReadAsUtf8(String query) {
        assertThat(Utf8QueryStringFilter.asUtf8(asLatin1(query))).isEqualTo(query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"q=%EC%97%BC%EC%83%89", "q=cotton&size=5", "q=염색"})
    void encodedAsciiOrAlreadyDecodedQueryStringsPassUnchanged(String query) {
        assertThat(Utf8QueryStringFilter.asUtf8(query)).isEqualTo(query);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"q=caf\u00e9", "q=\u00ff\u00fe"})
    void latin1BytesThatAreNotUtf8PassUnchanged(String query) {
        assertThat(Utf8QueryStringFilter.asUtf8(query)).isEqualTo(query);
    }
}
