package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import network.ddd.claim.ClaimDecisions;
import network.ddd.claim.ClaimQueries;
import network.ddd.claim.ClaimView;
import network.ddd.claim.EvidenceDocument;
import network.ddd.web.security.Caller;

/**
 * Claims of imported profiles (sent through {@link SupplierClaimResource}): the claimant's firm and the operator
 * read them; the operator approves or rejects with a reason.
 */
@Path("v1/claims")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ClaimResource {
    @Inject
    Caller caller;

    @Inject
    ClaimDecisions decisions;

    @Inject
    ClaimQueries queries;

    public record Decision(String reason) {
    }

    /** The operator's queue of claims waiting for a decision; other users get their own organisations' claims. */
    @GET
    public List<ClaimView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        if (caller.actor().isOperator()) {
            return queries.pending(caller.actor(), BadParameterException.integer("page", page, 1),
                    BadParameterException.integer("size", size, 50));
        }
        return queries.mine(caller.actor());
    }

    @GET
    @Path("{id}")
    public ClaimView find(@PathParam("id") String id) {
        return queries.find(caller.actor(), OrganisationResource.idOf(id));
    }

    @GET
    @Path("{id}/evidence")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") String id) {
        EvidenceDocument document = queries.evidence(caller.actor(), OrganisationResource.idOf(id));
        return Response.ok(document.content(), document.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/approve")
    public ClaimView approve(@PathParam("id") String id) {
        return decisions.approve(caller.actor(), OrganisationResource.idOf(id));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClaimView reject(@PathParam("id") String id, Decision body) {
        return decisions.reject(caller.actor(), OrganisationResource.idOf(id),
                OrganisationResource.require(body).reason());
    }
}
