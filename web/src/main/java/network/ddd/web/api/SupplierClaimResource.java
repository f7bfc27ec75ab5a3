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
    public Response submit(@PathParam("id") String supplierId, @QueryParam("brn") String brn,
                           @QueryParam("organisation") String organisationId,
                           @QueryParam("organisationName") String organisationName,
                           @QueryParam("fileName") String fileName, InputStream evidence) throws IOException {
        byte[] content = LimitedUpload.read(evidence, Evidence.MAX_BYTES); // more: the domain refuses it
        Long organisation = organisationId == null || organisationId.isBlank() ? null
                : OrganisationResource.idOf(organisationId);
        ClaimView claim = submission.submit(caller.actor(), new ClaimRequest(OrganisationResource.idOf(supplierId),
                brn, organisation, organisationName, fileName, content));
        return Response.created(URI.create("api/v1/claims/" + claim.id())).entity(claim).build();
    }

}
