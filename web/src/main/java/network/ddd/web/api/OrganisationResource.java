package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import network.ddd.identity.OrgRole;
import network.ddd.organisation.InvitationView;
import network.ddd.organisation.OrganisationKind;
import network.ddd.organisation.OrganisationMembers;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.organisation.OrganisationRegistration;
import network.ddd.organisation.OrganisationSummary;
import network.ddd.organisation.OrganisationVerification;
import network.ddd.organisation.OrganisationView;
import network.ddd.organisation.Registration;
import network.ddd.web.security.Caller;

/**
 * Organisations: self-registration of a firm, its members and invitations, and the operator's verification. Every
 * rule is checked by the application services with the caller's {@link network.ddd.identity.Actor}.
 */
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganisationResource {
    @Inject
    Caller caller;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationRegistration registration;

    @Inject
    OrganisationMembers members;

    @Inject
    OrganisationVerification verification;

    /** A firm that is not in the register yet (designer brand, wholesaler; suppliers claim or register a profile). */
    public record NewOrganisation(String kind, String name, String brn, ProfileEdit profile) {
    }

    public record Decision(String reason) {
    }

    public record NewInvitation(String email, String role) {
    }

    public record RoleChange(String role) {
    }

    /** The invitation and the link to send to the invited person (shown once; only its hash is stored). */
    public record InvitationLink(InvitationView invitation, String link) {
    }

    @POST
    public Response register(NewOrganisation body) {
        NewOrganisation b = require(body);
        OrganisationKind kind = enumOf(OrganisationKind.class, "kind", b.kind());
        OrganisationView created = registration.register(caller.actor(),
                new Registration(kind, b.name(), b.brn(), b.profile() == null ? null : b.profile().toProfile()));
        return Response.created(URI.create("api/v1/organisations/" + created.id())).entity(created).build();
    }

    /** Organisations waiting for the operator's verification. */
    @GET
    public List<OrganisationSummary> pending(@QueryParam("size") String size) {
        return verification.pending(caller.actor(), BadParameterException.integer("size", size, 50));
    }

    @GET
    @Path("{id}")
    public OrganisationView find(@PathParam("id") String id) {
        return queries.find(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/verification-request")
    public OrganisationView requestVerification(@PathParam("id") String id) {
        return verification.requestVerification(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/verify")
    public OrganisationView verify(@PathParam("id") String id) {
        return verification.verify(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/reject")
    public OrganisationView reject(@PathParam("id") String id, Decision body) {
        return verification.reject(caller.actor(), idOf(id), require(body).reason());
    }

    @GET
    @Path("{id}/invitations")
    public List<InvitationView> invitations(@PathParam("id") String id) {
        return members.openInvitations(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/invitations")
    public Response invite(@PathParam("id") String id, NewInvitation body) {
        NewInvitation b = require(body);
        var issued = members.invite(caller.actor(), idOf(id), b.email(),
                b.role() == null ? OrgRole.MEMBER : enumOf(OrgRole.class, "role", b.role()));
        return Response.status(201)
                .entity(new InvitationLink(issued.invitation(), "/invitations/" + issued.token())).build();
    }

    @PUT
    @Path("{id}/members/{subject}")
    public Response changeRole(@PathParam("id") String id, @PathParam("subject") String subject, RoleChange body) {
        members.changeRole(caller.actor(), idOf(id), subject, enumOf(OrgRole.class, "role", require(body).role()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{subject}")
    public Response remove(@PathParam("id") String id, @PathParam("subject") String subject) {
        members.remove(caller.actor(), idOf(id), subject);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/leave")
    public Response leave(@PathParam("id") String id) {
        members.leave(caller.actor(), idOf(id));
        return Response.noContent().build();
    }

    static long idOf(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadParameterException("id", "error.id.invalid", id);
        }
    }

    static <T> T require(T body) {
        if (body == null) {
            throw new BadParameterException("body", "error.body.missing");
        }
        return body;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "error.value.unknown", value == null ? "" : value);
        }
    }
}
