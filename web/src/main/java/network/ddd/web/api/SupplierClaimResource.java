package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import network.ddd.claim.ClaimRequest;
import network.ddd.claim.ClaimSubmission;
import network.ddd.claim.ClaimView;
import network.ddd.claim.Evidence;
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
 * A firm claims an imported profile: its registration number and one evidence document. The document is the
 * request body (PDF, JPEG or PNG, checked by its bytes), the rest are query parameters, so a phone's browser and
 * {@code curl --data-binary} can both send it. (Its own root resource: JAX-RS would route
 * {@code /suppliers/{id}/claims} to {@link SupplierResource} and never look further.)
 */
@Path("v1/suppliers/{id}/claims")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class SupplierClaimResource {
    @Inject
    Caller caller;

    @Inject
    ClaimSubmission submission;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Claim an imported profile for one's firm", description = "Any signed-in user. The firm "
            + "is an organisation the caller owns (organisation), the one registered with this number if the caller "
            + "owns it, or else a new supplier organisation founded now with the caller as owner. The claim waits "
            + "for the operator (GET /api/v1/claims).")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "201", description = "Submitted; Location names the claim",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "id or organisation is not a number; the registration number "
            + "is malformed or differs from the profile's (or the organisation's); the document is empty, larger "
            + "than 10 MB or not a PDF, JPEG or PNG")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "The named organisation is not the caller's (not an owner)")
    @APIResponse(responseCode = "404", description = "No such supplier, or no such organisation")
    @APIResponse(responseCode = "409", description = "The profile belongs to a firm already; this firm's claim is "
            + "waiting already; another firm is registered with this number")
    public Response submit(
            @Parameter(required = true, description = SupplierResource.SUPPLIER_ID,
                    schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String supplierId,
            @Parameter(required = true, example = "123-45-67890",
                    description = "The firm's business registration number (사업자등록번호), as on the evidence")
            @QueryParam("brn") String brn,
            @Parameter(description = "Claim for this organisation (its id; the caller must own it); without it, "
                    + "the caller's firm is found or founded by brn", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("organisation") String organisationId,
            @Parameter(description = "Name of the organisation founded for the claim; the profile's name if not "
                    + "given") @QueryParam("organisationName") String organisationName,
            @Parameter(description = "The document's file name, e.g. 사업자등록증.pdf")
            @QueryParam("fileName") String fileName,
            @RequestBody(required = true, description = "The evidence document's bytes (e.g. the business "
                    + "registration certificate): PDF, JPEG or PNG, recognised by its content, at most 10 MB",
                    content = {
                            @Content(mediaType = "application/pdf",
                                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                            @Content(mediaType = "image/jpeg",
                                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
                            @Content(mediaType = "image/png",
                                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
            InputStream evidence) throws IOException {
        byte[] content = LimitedUpload.read(evidence, Evidence.MAX_BYTES); // more: the domain refuses it
        Long organisation = organisationId == null || organisationId.isBlank() ? null
                : OrganisationResource.idOf(organisationId);
        ClaimView claim = submission.submit(caller.actor(), new ClaimRequest(OrganisationResource.idOf(supplierId),
                brn, organisation, organisationName, fileName, content));
        return Response.created(URI.create("api/v1/claims/" + claim.id())).entity(claim).build();
    }

}
