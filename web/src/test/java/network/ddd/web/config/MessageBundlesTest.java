package network.ddd.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import network.ddd.directory.SupplierType;
import org.junit.jupiter.api.Test;

/** Every user-visible string is in both the Korean and the English bundle. */
class MessageBundlesTest {
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([\\w.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile("\"((?:error|import|reindex|problem|search|profile|type|moq)\\.[\\w.]+)\"");

    @Test
    void koreanAndEnglishBundlesHaveTheSameKeys() {
        assertThat(keys("en")).isEqualTo(keys("ko"));
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> used = scan(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY);
        assertThat(used).isNotEmpty();
        assertThat(keys("ko")).containsAll(used);
    }

    @Test
    void everyMessageKeyTheCodeRaisesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : new String[] {"../domain", "../search-indexer", "."}) {
            used.addAll(scan(Path.of(module, "src/main/java"), ".java", CODE_KEY));
        }
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).contains("error.brn.checkDigit", "import.skip.sector");
        assertThat(keys("ko")).containsAll(used);
    }

    @Test
    void everySupplierTypeHasALabel() {
        for (SupplierType type : SupplierType.values()) {
            assertThat(keys("ko")).contains("type." + type.name());
        }
    }

    @Test
    void everyAuditActionHasALabel() {
        for (network.ddd.audit.AuditAction action : network.ddd.audit.AuditAction.values()) {
            assertThat(keys("ko")).contains("audit.action." + action.name());
        }
    }

    private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> keys(String language) {
        Properties properties = new Properties();
        String resource = "/network/ddd/web/i18n/messages_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
