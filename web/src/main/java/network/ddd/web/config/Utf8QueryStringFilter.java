package network.ddd.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a query string sent as raw UTF-8 bytes ({@code curl '…/api/v1/suppliers?q=염색'}) as UTF-8.
 *
 * <p>Payara's HTTP layer (Grizzly) hands {@code getQueryString()} out decoded as ISO-8859-1 unless request
 * parameters were parsed first; the listener's {@code uri-encoding} and payara-web.xml's
 * {@code parameter-encoding} only cover the path and parsed parameters, and its default query encoding is not
 * configurable. JAX-RS reads {@code getQueryString()}, so 염색 arrived as mojibake. ISO-8859-1 maps each byte to
 * one char, so the original bytes are recovered exactly and decoded as UTF-8 when they are valid UTF-8; otherwise
 * (and for percent-encoded or ASCII query strings) the request passes unchanged.
 */
@WebFilter(urlPatterns = "/*")
public class Utf8QueryStringFilter extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String repaired = asUtf8(query);
        if (repaired == null || repaired.equals(query)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new HttpServletRequestWrapper(request) {
                @Override
                public String getQueryString() {
                    return repaired;
                }
            }, response);
        }
    }

    /** The query string re-read as UTF-8 if it holds raw non-ASCII bytes that form valid UTF-8; else as given. */
    static String asUtf8(String query) {
        if (query == null || query.chars().allMatch(c -> c < 0x80)) {
            return query;
        }
        if (query.chars().anyMatch(c -> c > 0xFF)) {
            return query; // already decoded by someone who knew better
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(query.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException e) {
            return query; // not UTF-8: leave it for the parameter checks to refuse
        }
    }
}
