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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Claims of imported profiles (sent through {@link SupplierClaimResource}): the claimant's firm and the operator
 * read them; the operator approves or rejects with a reason.
 */
@Path("v1/claims")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class ClaimResource {
    static final String CLAIM_ID = "The claim's id";

    @Inject
    Caller caller;

    @Inject
    ClaimDecisions decisions;

    @Inject
    ClaimQueries queries;

    @Schema(description = "Why the operator refuses; the claimant reads it")
    public record Decision(@Schema(required = true, maxLength = 1000) String reason) {
    }

    /** The operator's queue of claims waiting for a decision; other users get their own organisations' claims. */
    @GET
    @Operation(summary = "Claims: the operator's queue, or one's own firms' claims", description = "Any signed-in "
            + "user. The operator gets the claims waiting for a decision, oldest first, a page at a time; anybody "
            + "else gets the claims of the organisations they belong to, latest first (page and size do not "
            + "apply).")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "400", description = "page or size is not a number or out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<ClaimView> list(
            @Parameter(description = "The operator's queue: page number, from 1",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "The operator's queue: claims per page",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        if (caller.actor().isOperator()) {
            return queries.pending(caller.actor(), BadParameterException.integer("page", page, 1, 1, 100_000),
                    BadParameterException.integer("size", size, 50, 1, ClaimQueries.MAX_PAGE_SIZE));
        }
        return queries.mine(caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim", description = "Members of the claimant's organisation and the operator.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The claim, its status and the operator's decision")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a member of the claimant's organisation nor the "
            + "operator")
    @APIResponse(responseCode = "404", description = "No such claim")
    public ClaimView find(
            @Parameter(required = true, description = CLAIM_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return queries.find(caller.actor(), OrganisationResource.idOf(id));
    }

    @GET
    @Path("{id}/evidence")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A claim's evidence document", description = "Members of the claimant's organisation and "
            + "the operator. The document as uploaded (PDF, JPEG or PNG), as an attachment.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The document's bytes; Content-Disposition names the file",
            content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/png")})
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a member of the claimant's organisation nor the "
            + "operator")
    @APIResponse(responseCode = "404", description = "No such claim")
    public Response evidence(
            @Parameter(required = true, description = CLAIM_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
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
    @Operation(summary = "Approve a claim", description = "The operator only. The claimant's organisation then owns "
            + "the profile and is verified; the claimant is one of its owners and gets the supplier role.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The claim, approved")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "Decided already, or the profile belongs to another firm by "
            + "now")
    public ClaimView approve(
            @Parameter(required = true, description = CLAIM_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return decisions.approve(caller.actor(), OrganisationResource.idOf(id));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a claim", description = "The operator only, with a reason the claimant reads.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The claim, rejected, with the reason")
    @APIResponse(responseCode = "400", description = "id is not a number; body missing or not JSON; reason missing "
            + "or longer than 1000 characters")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    @APIResponse(responseCode = "404", description = "No such claim")
    @APIResponse(responseCode = "409", description = "Decided already")
    public ClaimView reject(
            @Parameter(required = true, description = CLAIM_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id,
            @RequestBody(required = true, description = "The reason") Decision body) {
        return decisions.reject(caller.actor(), OrganisationResource.idOf(id),
                OrganisationResource.require(body).reason());
    }
}
