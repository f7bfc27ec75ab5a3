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
    public OrganisationSummary accept(@PathParam("token") String token) {
        return members.accept(caller.actor(), token);
    }
}
