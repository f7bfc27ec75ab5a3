package network.ddd.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The app's HTTP API over loopback (java.net.http, HTTP/1.1 with kept-alive connections). */
final class Api {
    /** A search answer that is not a good one: an HTTP error, or degraded (served by the database fallback). */
    static final class FailedSearch extends IOException {
        FailedSearch(String message) {
            super(message);
        }
    }

    private final String base;
    private final OperatorToken operator;
    private final HttpClient http;

    /** @param operator signs the POSTs (import, reindex: for the realm role operator only) */
    Api(String base, OperatorToken operator) {
        this.base = base;
        this.operator = operator;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** GETs a search and checks it: HTTP 200 and not degraded. Returns the body. */
    String search(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Accept-Language", "ko")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new FailedSearch("HTTP " + response.statusCode());
        }
        if (degraded(response.body())) {
            throw new FailedSearch("degraded (answered from the database)");
        }
        return response.body();
    }

    /**
     * POSTs a body (text/csv, or none) as the operator and hands each line of the streamed answer to {@code lines}.
     * A refusal (401, 403) is not a measurement: it throws.
     */
    int post(String path, String body, Consumer<String> lines) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + operator.get())
                .header("Content-Type", "text/csv")
                .header("Accept", "text/plain")
                .header("Accept-Language", "en")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            String answer;
            try (Stream<String> stream = response.body()) {
                answer = String.join(" ", stream.toList());
            }
            throw new IllegalStateException("POST " + path + " refused with HTTP " + response.statusCode()
                    + " for the token of " + operator + " (does the app validate tokens of that issuer?): " + answer);
        }
        try (Stream<String> stream = response.body()) {
            Iterator<String> it = stream.iterator();
            while (it.hasNext()) {
                lines.accept(it.next());
            }
        }
        return response.statusCode();
    }

    /** The search result's {@code total}. */
    static long total(String json) {
        int at = json.indexOf("\"total\"");
        if (at < 0) {
            throw new IllegalArgumentException("no total in " + json.substring(0, Math.min(200, json.length())));
        }
        int i = at + 7;
        while (i < json.length() && (json.charAt(i) == ':' || Character.isWhitespace(json.charAt(i)))) {
            i++;
        }
        long n = 0;
        while (i < json.length() && Character.isDigit(json.charAt(i))) {
            n = n * 10 + (json.charAt(i++) - '0');
        }
        return n;
    }

    static boolean degraded(String json) {
        int at = json.indexOf("\"degraded\"");
        if (at < 0) {
            return false;
        }
        int i = at + 10;
        while (i < json.length() && (json.charAt(i) == ':' || Character.isWhitespace(json.charAt(i)))) {
            i++;
        }
        return json.startsWith("true", i);
    }

    /** The search target: each client sends the mix's API calls. */
    Load.Target target() {
        return new Load.Target() {
            @Override
            public String name() {
                return "api";
            }

            @Override
            public Load.Session open() {
                return query -> total(search(query.apiPath()));
            }
        };
    }
}
