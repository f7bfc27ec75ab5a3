package network.ddd.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium + chromedriver) sized like a phone or a desktop, Korean first. Saves a
 * screenshot of the page when a test fails. Fails the test when Chromium's console reports a Content Security
 * Policy violation on any page it opened: the pages must work under the policy, not merely load.
 */
public final class Browser implements TestWatcher, AfterEachCallback {
    /** An ordinary smartphone, 390 × 844 CSS pixels. */
    public static final String PHONE = "390,844";
    /** A laptop screen: the filters are open beside the results. */
    public static final String DESKTOP = "1280,900";

    private WebDriver driver;
    private Path profile;
    private final List<String> cspViolations = new ArrayList<>();

    /** A phone-sized window. */
    public WebDriver open(String language) {
        return open(language, PHONE);
    }

    /** A phone-sized window whose browser runs no JavaScript at all (an old phone, a cautious setting). */
    public WebDriver openWithoutJavaScript(String language) {
        return open(language, PHONE, false);
    }

    /** @param size the window as "width,height" ({@link #PHONE} or {@link #DESKTOP}) */
    public WebDriver open(String language, String size) {
        return open(language, size, true);
    }

    private WebDriver open(String language, String size, boolean javaScript) {
        try {
            profile = Files.createTempDirectory("ddd-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ddd.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + size, "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", javaScript ? Map.of("intl.accept_languages", language)
                : Map.of("intl.accept_languages", language, "profile.managed_default_content_settings.javascript", 2));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ddd.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** On Keycloak's login form (the browser was sent there): types a demo user's name and password. */
    public void signInAtKeycloak(String username) {
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Keycloak.demoPassword());
        driver.findElement(By.id("kc-login")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
    }

    /** The CSP violations Chromium reported since the last call (read from its console), and forgets them. */
    public List<String> takeCspViolations() {
        collectCspViolations();
        List<String> taken = List.copyOf(cspViolations);
        cspViolations.clear();
        return taken;
    }

    private void collectCspViolations() {
        if (driver == null) {
            return;
        }
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                if (entry.getMessage().contains("Content Security Policy")) {
                    cspViolations.add(entry.getMessage());
                }
            }
        } catch (RuntimeException e) {
            System.err.println("Could not read Chromium's console: " + e);
        }
    }

    public void close() {
        collectCspViolations();
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = takeCspViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content Security Policy violations in Chromium's console:\n"
                    + String.join("\n", violations));
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver instanceof ChromeDriver chrome) {
            try {
                Path dir = Path.of(System.getProperty("ddd.screenshots", "target/screenshots"));
                Files.createDirectories(dir);
                Path file = dir.resolve(context.getDisplayName().replaceAll("\\W+", "_") + ".png");
                Files.write(file, chrome.getScreenshotAs(OutputType.BYTES));
                System.err.println("Screenshot of the failed page: " + file.toAbsolutePath());
            } catch (IOException | RuntimeException e) {
                System.err.println("No screenshot: " + e);
            }
        }
        close();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        close();
    }
}
