package network.ddd.ear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A full-profile Payara Server driven by its own command line ({@code asadmin}), one small method per step. The
 * commands run as {@code java -jar glassfish/lib/client/appserver-cli.jar} with the JDK running the tests, so no
 * shell script or executable bit is needed, and that JDK (≥ 21) also runs the server (AS_JAVA / JAVA_HOME).
 * Every command is time-bounded; the server process inherits this JVM's environment (DDD_DB_URL, DDD_ES_URL, …).
 */
final class PayaraServer {
    private static final Duration LOCAL_COMMAND = Duration.ofMinutes(2);
    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration DEPLOY = Duration.ofMinutes(5);
    /** What {@code create-domain --portbase B} opens: B + 37…39 IIOP, 48 admin, 49/59 Hazelcast, 66 OSGi shell,
     * 76 JMS, 80 HTTP, 81 HTTPS, 86 JMX. */
    private static final List<Integer> PORT_OFFSETS = List.of(37, 38, 39, 48, 49, 59, 66, 76, 80, 81, 86);
    private static final String CLI = "glassfish/lib/client/appserver-cli.jar";
    private static final List<FileLock> PORT_CLAIMS = new ArrayList<>();

    private final Path home; // …/payara6
    private final String domain;
    private final int portBase;
    private final Path javaHome = Path.of(System.getProperty("java.home"));
    private Thread stopOnExit;

    private PayaraServer(Path home, String domain, int portBase) {
        this.home = home;
        this.domain = domain;
        this.portBase = portBase;
    }

    /** Unpacks the distribution zip into {@code dir} unless a previous run already unpacked this same zip. */
    static PayaraServer unpack(Path zip, Path dir, String domain, int portBase) throws IOException {
        Path home = dir.resolve("payara6");
        Path marker = dir.resolve(".unpacked");
        boolean unpacked = Files.isRegularFile(marker) && Files.isRegularFile(home.resolve(CLI))
                && (zip == null || Files.readString(marker).strip().equals(zip.getFileName().toString()));
        if (!unpacked) {
            if (zip == null || !Files.isRegularFile(zip)) {
                throw new IllegalStateException("No Payara Server distribution: set PAYARA_SERVER_ZIP to "
                        + "payara-<version>.zip (./ddd test does), got " + zip);
            }
            Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
            deleteTree(partial);
            deleteTree(dir);
            unzip(zip, partial);
            Files.writeString(partial.resolve(".unpacked"), zip.getFileName().toString());
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        }
        return new PayaraServer(home, domain, portBase);
    }

    /**
     * The first of {@code from}, {@code from + 100}, … (ten tries) whose ports nothing listens on and that no other
     * test run on this machine has claimed. The claim is a file lock in the temp folder, held until this JVM ends,
     * because a domain takes half a minute from creation to opening its ports.
     */
    static int firstFreePortBase(int from) {
        for (int base = from; base < from + 1000; base += 100) {
            int candidate = base;
            if (PORT_OFFSETS.stream().noneMatch(offset -> listening(candidate + offset)) && claim(candidate)) {
                return base;
            }
        }
        throw new IllegalStateException("No free Payara port base between " + from + " and " + (from + 900));
    }

    private static boolean claim(int portBase) {
        try {
            FileChannel channel = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"),
                    "ddd-payara-portbase-" + portBase + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            PORT_CLAIMS.add(lock); // kept open: released when this JVM exits
            return true;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    int adminPort() {
        return portBase + 48;
    }

    int httpPort() {
        return portBase + 80;
    }

    Path domainDir() {
        return home.resolve("glassfish/domains").resolve(domain);
    }

    Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** A fresh domain: leftovers of an interrupted run are stopped and deleted first. */
    void createDomain() throws IOException, InterruptedException {
        if (Files.exists(domainDir())) {
            asadminQuietly(LOCAL_COMMAND, "stop-domain", "--kill=true", domain);
            asadminQuietly(LOCAL_COMMAND, "delete-domain", domain);
            deleteTree(domainDir());
        }
        for (int offset : PORT_OFFSETS) {
            if (listening(portBase + offset)) {
                throw new IllegalStateException("Port " + (portBase + offset) + " is taken by another process; choose "
                        + "another port base with -Dddd.ear.portBase=… (admin = base + 48, HTTP = base + 80)");
            }
        }
        asadmin(LOCAL_COMMAND, "create-domain", "--nopassword", "--portbase", String.valueOf(portBase), domain);
    }

    void startDomain() throws IOException, InterruptedException {
        stopOnExit = new Thread(() -> asadminQuietly(LOCAL_COMMAND, "stop-domain", "--kill=true", domain));
        Runtime.getRuntime().addShutdownHook(stopOnExit); // a killed test run leaves no server behind
        asadmin(START, "start-domain", domain);
    }

    void deploy(Path archive, String name) throws IOException, InterruptedException {
        asadmin(DEPLOY, "--port", String.valueOf(adminPort()), "deploy", "--name", name, "--force=true",
                archive.toString());
    }

    /** Stops the domain if it runs; gentle first, then killed. Never throws. */
    void stopDomain() {
        if (!Files.exists(domainDir())) {
            return;
        }
        if (!asadminQuietly(LOCAL_COMMAND, "stop-domain", domain)) {
            asadminQuietly(LOCAL_COMMAND, "stop-domain", "--kill=true", domain);
        }
        if (stopOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException alreadyExiting) {
                // the hook runs anyway
            }
        }
    }

    /** The last lines of the domain's server.log, for a failure report. */
    String logTail(int lines) {
        Path log = serverLog();
        if (!Files.isRegularFile(log)) {
            return "(no server log at " + log + ")";
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /**
     * On a full server the EAR's MicroProfile JWT settings come from the environment, not from the WAR's
     * microprofile-config.properties (Payara Server 6 reads them with the EAR's class loader, which does not see
     * the WAR's resources: "No issuer found"). This is what an operator of a full server sets too (README).
     */
    static void mpJwtFromIssuer(java.util.Map<String, String> environment) {
        String issuer = environment.get("DDD_OIDC_ISSUER");
        if (issuer != null && !issuer.isBlank()) {
            String realm = issuer.strip().replaceAll("/+$", "");
            environment.putIfAbsent("MP_JWT_VERIFY_ISSUER", realm);
            environment.putIfAbsent("MP_JWT_VERIFY_PUBLICKEY_LOCATION", realm + "/protocol/openid-connect/certs");
            environment.putIfAbsent("MP_JWT_VERIFY_AUDIENCES", environment.getOrDefault("DDD_API_AUDIENCE", "ddd-api"));
        }
    }

    /** Runs one asadmin command; its output goes to a file (a started server keeps inherited pipes open). */
    String asadmin(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/java").toString(), "-jar",
                home.resolve(CLI).toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(home.getParent(), "asadmin-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().put("AS_JAVA", javaHome.toString());
            builder.environment().put("JAVA_HOME", javaHome.toString());
            mpJwtFromIssuer(builder.environment());
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            if (!finished) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish within "
                        + timeout.toSeconds() + " s:" + System.lineSeparator() + text);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed (exit "
                        + process.exitValue() + "):" + System.lineSeparator() + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private boolean asadminQuietly(Duration timeout, String... arguments) {
        try {
            asadmin(timeout, arguments);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
