package network.ddd.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real supplier files in {@code ../shared/data} (see its README). They are never copied into the repository,
 * so tests that need them are skipped, with the reason, where they are absent. Looked up in order: system
 * property {@code ddd.shared.data}, environment variable {@code DDD_SHARED_DATA}, else the first
 * {@code shared/data} found walking up from the working directory.
 */
final class SharedData {
    static final String PROPERTY = "ddd.shared.data";
    static final String VARIABLE = "DDD_SHARED_DATA";

    private SharedData() {
    }

    /** The data directory, or {@code null} if it cannot be found. */
    static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(VARIABLE);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The CSV files of a folder of the shared data, by name; skips the calling test if it is not there. */
    static List<Path> csvFiles(String relativeDirectory) {
        Path dir = directory();
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir.resolve(relativeDirectory)),
                "shared data not found: set -D" + PROPERTY + " or " + VARIABLE + " to the shared/data directory");
        try (Stream<Path> files = Files.list(dir.resolve(relativeDirectory))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the shared data; skips the calling test if the data directory is not there. */
    static Path file(String relativePath) {
        Path dir = directory();
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "shared data not found: set -D" + PROPERTY + " or " + VARIABLE + " to the shared/data directory");
        Path file = dir.resolve(relativePath);
        assertThat(file).as("shared data file").isRegularFile();
        return file;
    }
}
