package network.ddd.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitedUploadTest {
    @Test
    void anUploadUpToTheLimitIsCopiedWhole() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(LimitedUpload.copy(new ByteArrayInputStream(new byte[200_000]), out, 200_000)).isEqualTo(200_000);
        assertThat(out.size()).isEqualTo(200_000);
    }

    @Test
    void aLargerUploadStopsOneBytePastTheLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(LimitedUpload.copy(new ByteArrayInputStream(new byte[900_000]), out, 200_000)).isEqualTo(200_001);
        assertThat(out.size()).as("never more than one byte past the limit").isEqualTo(200_001);
    }

    @Test
    void inMemoryLikewise() throws IOException {
        assertThat(LimitedUpload.read(new ByteArrayInputStream(new byte[10]), 20)).hasSize(10);
        assertThat(LimitedUpload.read(new ByteArrayInputStream(new byte[30]), 20)).hasSize(21);
        assertThat(LimitedUpload.read(null, 20)).isEmpty();
    }

    @Test
    void theImportsRefusalNamesItsLimit() {
        assertThat(new ImportTooLargeException(200_000).messageKey()).isEqualTo("error.import.tooLarge");
        assertThat(new ImportTooLargeException(200_000).args()).containsExactly("0.2", 200_000L);
    }

    @Test
    void theDefaultLimitReadsAsFiftyMegabytes() {
        assertThat(new ImportTooLargeException(50L * 1024 * 1024).args()).containsExactly("50", 52_428_800L);
    }
}
