package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.PrintWriter;
import java.util.Locale;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.platform.DomainException;
import network.ddd.search.SearchReindexer;
import network.ddd.web.config.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import network.ddd.web.security.Caller;

/**
 * Operations: rebuild the search index from the database with no search downtime ({@code ./ddd reindex}). The
 * answer streams progress lines and ends with a machine-readable {@code RESULT} line.
 */
@Path("v1/admin")
@RequestScoped
public class AdminResource {
    @Inject
    SearchReindexer reindexer;

    @Context
    HttpHeaders headers;

    @Inject
    Caller caller;

    @Inject
    AccessPolicy access;

    @POST
    @Path("reindex")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "Rebuild the search index from the database (no search downtime)", description = "The "
            + "answer is text/plain, streamed line by line while the reindex runs, ending with one RESULT line. The "
            + "operator only.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "Progress lines and a RESULT line ('RESULT failed' when "
            + "another reindex is running or the rebuild fails)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    public StreamingOutput reindex() {
        access.check(caller.actor(), Action.REINDEX, Resource.directory());
        Locale locale = Messages.pick(headers.getAcceptableLanguages());
        return output -> {
            PrintWriter out = ProgressLines.writer(output);
            out.println(Messages.get(locale, "reindex.started"));
            long[] lastPrint = {0};
            try {
                SearchReindexer.Report report = reindexer.reindex((done, total) -> {
                    long now = System.nanoTime();
                    if (now - lastPrint[0] > 500_000_000L || done == total) {
                        out.println(Messages.get(locale, "reindex.progress", total == 0 ? 100 : done * 100 / total,
                                done, total));
                        lastPrint[0] = now;
                    }
                });
                out.println(Messages.get(locale, "reindex.done", report.documents(),
                        String.format(Locale.ROOT, "%.1f", report.millis() / 1000.0)));
                out.printf(Locale.ROOT, "RESULT documents=%d millis=%d%n", report.documents(), report.millis());
            } catch (DomainException e) {
                out.println(Messages.get(locale, "reindex.failed", Messages.of(locale, e)));
                out.println("RESULT failed");
            }
        };
    }
}
