package network.ddd.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void oneByteOverTheLimitStopsTheCopyWithTheLimitInTheMessage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> LimitedUpload.copy(new ByteArrayInputStream(new byte[200_001]), out, 200_000))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.import.tooLarge");
                    assertThat(e.args()).containsExactly("0.2", 200_000L);
                });
        assertThat(out.size()).as("never more than the limit written").isLessThanOrEqualTo(200_000);
    }

    @Test
    void theDefaultLimitReadsAsFiftyMegabytes() {
        assertThat(new ImportTooLargeException(50L * 1024 * 1024).args()).containsExactly("50", 52_428_800L);
    }
}
