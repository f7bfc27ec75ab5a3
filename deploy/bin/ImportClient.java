import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Posts to a streaming operations endpoint (import, reindex) and prints the server's progress lines as they
 * arrive.
 *
 * <p>Run with Java's source launcher (no build, no curl needed): {@code java ImportClient.java URL [FILE]}.
 * The body is the raw file, sent as {@code text/csv}, or empty without FILE. Messages come in the language of
 * DDD_LANG (ko or en; Korean by default). Exit codes: 0 success, 1 HTTP status of 400 or more (the body is
 * printed first), a final {@code RESULT failed} line or no operator's sign-in, 2 wrong usage or unreadable file,
 * 3 no connection.
 *
 * <p>Import and reindex are for the realm role {@code operator} only: the request carries
 * {@code Authorization: Bearer $DDD_TOKEN} when DDD_TOKEN is set. Else, when {@code ./ddd} passes
 * DDD_SIGNIN_TOKEN_URL, DDD_SIGNIN_USER and DDD_SIGNIN_PASSWORD (the embedded Keycloak's demo operator), this
 * client first gets an access token with the password grant of the public client {@code ddd-cli}. The password
 * comes through the environment, never on a command line.
 */
public class ImportClient {
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static PrintStream err;
    private static boolean korean;

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String language = System.getenv().getOrDefault("DDD_LANG", "ko");
        korean = !language.startsWith("en");
        if (args.length < 1 || args.length > 2) {
            err.println("usage: java ImportClient.java URL [FILE]");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        Path file = args.length == 2 ? Path.of(args[1]) : null;
        if (file != null && !Files.isReadable(file)) {
            err.println("cannot read " + file);
            System.exit(2);
        }

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String token = token(client);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .header("Content-Type", "text/csv")
                    .header("Accept", "text/plain")
                    .header("Accept-Language", language)
                    .POST(file == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(file));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            int status = response.statusCode();
            PrintStream target = status >= 400 ? err : out;
            try (Stream<String> lines = response.body()) {
                Iterator<String> it = lines.iterator();
                String last = "";
                while (it.hasNext()) {
                    last = it.next();
                    target.println(last);
                }
                if (status < 400 && (last.startsWith("RESULT failed") || !last.startsWith("RESULT"))) {
                    if (!last.startsWith("RESULT")) {
                        err.println("failed: the answer ended without a RESULT line (connection lost?)");
                    }
                    System.exit(1);
                }
            }
            if (status == 401 || status == 403) {
                refused(status, token != null);
            }
            if (status >= 400) {
                err.println("failed: HTTP " + status + " from " + uri);
                System.exit(1);
            }
        } catch (ConnectException e) {
            err.println("cannot connect to " + uri.getHost() + ":" + uri.getPort() + " — is the app running? (./ddd up)");
            System.exit(3);
        } catch (IOException e) {
            err.println("failed: " + e);
            System.exit(3);
        }
    }

    /** DDD_TOKEN as it is; else the demo operator's token from the password grant ./ddd set up; else none. */
    private static String token(HttpClient client) throws InterruptedException {
        String given = System.getenv("DDD_TOKEN");
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String tokenUrl = System.getenv("DDD_SIGNIN_TOKEN_URL");
        String user = System.getenv("DDD_SIGNIN_USER");
        String password = System.getenv("DDD_SIGNIN_PASSWORD");
        if (tokenUrl == null || tokenUrl.isBlank() || user == null || password == null || password.isEmpty()) {
            return null; // the app answers 401, explained below
        }
        String form = "grant_type=password&client_id=ddd-cli&scope=openid"
                + "&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher m = ACCESS_TOKEN.matcher(reply.body());
            if (reply.statusCode() == 200 && m.find()) {
                return m.group(1);
            }
            say("운영자 " + user + "(으)로 Keycloak에 로그인하지 못했습니다: HTTP " + reply.statusCode() + " " + reply.body(),
                    "the operator " + user + " could not sign in at Keycloak: HTTP " + reply.statusCode() + " "
                            + reply.body());
        } catch (IOException e) {
            say("Keycloak(" + tokenUrl + ")에 연결할 수 없습니다: " + e + " — Keycloak이 실행 중인가요? (./ddd up)",
                    "cannot reach Keycloak at " + tokenUrl + ": " + e + " — is it running? (./ddd up)");
        }
        say("운영자 토큰을 직접 주려면 DDD_TOKEN을 설정하세요 (README의 로그인 항목 참조).",
                "To pass an operator's token yourself, set DDD_TOKEN (see Signing in in the README).");
        System.exit(1);
        return null;
    }

    /** 401 or 403: the message says who may do this and how to sign in. */
    private static void refused(int status, boolean sentToken) {
        if (status == 401) {
            say(sentToken ? "거부됨 (HTTP 401): 토큰이 유효하지 않거나 만료되었습니다. 가져오기와 재색인은 운영자(operator)만 할 수 있습니다."
                            : "거부됨 (HTTP 401): 로그인하지 않았습니다. 가져오기와 재색인은 운영자(operator)만 할 수 있습니다.",
                    sentToken ? "refused (HTTP 401): the token is invalid or expired. Import and reindex are for an operator only."
                            : "refused (HTTP 401): not signed in. Import and reindex are for an operator only.");
        } else {
            say("거부됨 (HTTP 403): 이 토큰의 사용자에게 operator 역할이 없습니다. 가져오기와 재색인은 운영자만 할 수 있습니다.",
                    "refused (HTTP 403): the token's user lacks the realm role operator. Import and reindex are for an operator only.");
        }
        say("운영자로 로그인하세요: DDD_TOKEN에 operator 역할을 가진 사용자의 액세스 토큰을 넣거나 (클라이언트 ddd-cli,"
                        + " README의 로그인 항목), 내장 Keycloak이라면 DDD_TOKEN 없이 실행하면 ./ddd가 데모 운영자"
                        + " operator@demo.example로 로그인합니다.",
                "Sign in as an operator: set DDD_TOKEN to the access token of a user with the role operator (client"
                        + " ddd-cli, see Signing in in the README), or, with the embedded Keycloak, run without DDD_TOKEN"
                        + " and ./ddd signs in as the demo operator operator@demo.example.");
        System.exit(1);
    }

    /** One message: Korean first, then English (DDD_LANG=ko, the default); English only otherwise. */
    private static void say(String ko, String en) {
        if (korean) {
            err.println(ko);
        }
        err.println(en);
    }
}
