package network.ddd.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceTest {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452");
    static final byte[] JPEG = HexFormat.of().parseHex("ffd8ffe000104a46494600010100");

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("사업자등록증.pdf", PDF, EvidenceType.PDF, "application/pdf"),
                Arguments.of("scan.png", PNG, EvidenceType.PNG, "image/png"),
                Arguments.of("photo.jpg", JPEG, EvidenceType.JPEG, "image/jpeg"),
                // the content decides, not the name
                Arguments.of("certificate.pdf", PNG, EvidenceType.PNG, "image/png"),
                Arguments.of("upload", JPEG, EvidenceType.JPEG, "image/jpeg"));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("documents")
    void theTypeIsReadFromTheFirstBytes(String name, byte[] content, EvidenceType type, String contentType) {
        Evidence evidence = Evidence.of(name, content);

        assertThat(evidence.type()).isEqualTo(type);
        assertThat(evidence.type().contentType()).isEqualTo(contentType);
        assertThat(evidence.content()).isEqualTo(content);
        assertThat(evidence.size()).isEqualTo(content.length);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("an HTML page named .pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a Windows program named .png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}),
                Arguments.of("a ZIP (docx) named .jpg", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}),
                Arguments.of("a GIF", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("an SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a PDF header with a space before it", " %PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("only the PNG magic, nothing after", Arrays.copyOf(PNG, 8)),
                Arguments.of("a truncated JPEG magic", new byte[] {(byte) 0xFF, (byte) 0xD8}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void onlyPdfJpegAndPngAreAccepted(String what, byte[] content) {
        assertThatThrownBy(() -> Evidence.of("evidence.pdf", content))
                .isInstanceOfSatisfying(InvalidEvidenceException.class, e -> {
                    assertThat(e.field()).isEqualTo("evidence");
                    assertThat(e.messageKey()).isEqualTo("error.evidence.type");
                });
    }

    @ParameterizedTest(name = "{0} bytes → {1}")
    @CsvSource({"0, error.evidence.empty", "10485760, ok", "10485761, error.evidence.tooLarge"})
    void evidenceIsOneByteToTenMegabytes(int size, String expected) {
        byte[] content = size == 0 ? new byte[0] : Arrays.copyOf(PDF, size);
        String outcome;
        try {
            Evidence.of("big.pdf", content);
            outcome = "ok";
        } catch (InvalidEvidenceException e) {
            outcome = e.messageKey();
            if (e.messageKey().equals("error.evidence.tooLarge")) {
                assertThat(e.args()).containsExactly(10);
            }
        }
        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void noContentIsRefusedAsEmpty() {
        assertThatThrownBy(() -> Evidence.of("x.pdf", null)).hasMessageContaining("error.evidence.empty");
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "C:\\fakepath\\사업자등록증.pdf | 사업자등록증.pdf",
            "../../etc/passwd.pdf          | passwd.pdf",
            "'  scan 1.pdf  '              | scan 1.pdf",
            "''                            | evidence.pdf",
            "..                            | evidence.pdf",
            "dir/                          | evidence.pdf",
            "'a\"b\u0007.pdf'              | ab.pdf",
    })
    void theFileNameIsKeptForDisplayOnlyWithoutPathOrControlCharacters(String sent, String kept) {
        assertThat(Evidence.of(sent, PDF).fileName()).isEqualTo(kept);
    }

    @Test
    void theContentCannotBeChangedFromOutside() {
        byte[] content = PDF.clone();
        Evidence evidence = Evidence.of("a.pdf", content);

        content[0] = 'X';
        evidence.content()[1] = 'X';

        assertThat(evidence.content()).isEqualTo(PDF);
        assertThat(evidence.sha256()).hasSize(64);
    }
}
