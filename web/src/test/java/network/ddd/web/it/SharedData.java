package network.ddd.web.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real supplier lists in {@code ../shared/data} (never copied into the repository). */
public final class SharedData {
    private SharedData() {
    }

    public static Path file(String name) {
        Path file = dir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing shared data file " + file);
        }
        return file;
    }

    public static Path dir() {
        String configured = System.getenv("DDD_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Set DDD_SHARED_DATA to the shared/data folder");
    }
}
