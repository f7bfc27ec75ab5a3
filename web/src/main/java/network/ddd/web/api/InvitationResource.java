package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import network.ddd.organisation.OrganisationMembers;
import network.ddd.organisation.OrganisationSummary;
import network.ddd.web.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The invited person, signed in with the invited (verified) e-mail address, joins the organisation. */
@Path("v1/invitations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class InvitationResource {
    @Inject
    Caller caller;

    @Inject
    OrganisationMembers members;

    @POST
    @Path("{token}/accept")
    @Operation(summary = "Accept an invitation", description = "Any signed-in user whose verified e-mail address is "
            + "the invited one. The caller joins the organisation with the invited role and gets the kind's realm "
            + "role.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "Joined: the organisation")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such invitation")
    @APIResponse(responseCode = "409", description = "Expired, used already, sent to another address, or the "
            + "caller is a member already")
    public OrganisationSummary accept(
            @Parameter(required = true, description = "The token from the invitation link (/invitations/{token})")
            @PathParam("token") String token) {
        return members.accept(caller.actor(), token);
    }
}
