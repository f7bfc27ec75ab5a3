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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Organisations: self-registration of a firm, its members and invitations, and the operator's verification. Every
 * rule is checked by the application services with the caller's {@link network.ddd.identity.Actor}.
 */
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class OrganisationResource {
    static final String ORGANISATION_ID = "The organisation's id";
    static final String MEMBER_SUBJECT = "The member's subject (the token's sub claim; see members in the "
            + "organisation, or GET /api/v1/me)";

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
    @Schema(description = "A firm to register; the caller becomes its owner")
    public record NewOrganisation(
            @Schema(required = true, type = SchemaType.STRING,
                    enumeration = {"DESIGNER_BRAND", "WHOLESALER", "SUPPLIER"},
                    description = "What kind of firm; its members get the matching realm role") String kind,
            @Schema(required = true, maxLength = 300, description = "The firm's name") String name,
            @Schema(required = true, example = "123-45-67890",
                    description = "Business registration number (사업자등록번호), 10 digits with a valid check digit")
            String brn,
            @Schema(description = "The directory profile to create: required for SUPPLIER, refused for the other "
                    + "kinds (version is ignored)") ProfileEdit profile) {
    }

    @Schema(description = "Why the operator refuses; the firm reads it")
    public record Decision(@Schema(required = true, maxLength = 1000) String reason) {
    }

    @Schema(description = "Whom to invite and with which role")
    public record NewInvitation(
            @Schema(required = true, description = "The e-mail address to invite; the person must sign in with it")
            String email,
            @Schema(type = SchemaType.STRING, enumeration = {"OWNER", "MEMBER"}, defaultValue = "MEMBER",
                    description = "The role in the organisation: OWNER manages members, MEMBER acts for the firm")
            String role) {
    }

    @Schema(description = "A member's new role")
    public record RoleChange(
            @Schema(required = true, type = SchemaType.STRING, enumeration = {"OWNER", "MEMBER"}) String role) {
    }

    /** The invitation and the link to send to the invited person (shown once; only its hash is stored). */
    @Schema(description = "The invitation and the link to send to the invited person (shown once; only its hash "
            + "is stored)")
    public record InvitationLink(InvitationView invitation, String link) {
    }

    @POST
    @Operation(summary = "Register a firm as an organisation", description = "Any signed-in user. The caller "
            + "becomes the owner and gets the kind's realm role; the organisation starts unverified. A SUPPLIER "
            + "also gets a new directory profile; a supplier already in the directory claims its profile instead "
            + "(POST /api/v1/suppliers/{id}/claims).")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "201", description = "Registered; Location names the organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Body missing or not JSON; kind, name or registration number "
            + "missing or malformed; a supplier without a profile (named in 'parameter')")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "409", description = "The registration number is registered already, or in the "
            + "directory (claim that profile), or a profile sent for a kind other than SUPPLIER")
    public Response register(@RequestBody(required = true, description = "The firm") NewOrganisation body) {
        NewOrganisation b = require(body);
        OrganisationKind kind = enumOf(OrganisationKind.class, "kind", b.kind());
        OrganisationView created = registration.register(caller.actor(),
                new Registration(kind, b.name(), b.brn(), b.profile() == null ? null : b.profile().toProfile()));
        return Response.created(URI.create("api/v1/organisations/" + created.id())).entity(created).build();
    }

    /** Organisations waiting for the operator's verification. */
    @GET
    @Operation(summary = "Organisations waiting for verification", description = "The operator only. Longest "
            + "waiting first.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The queue")
    @APIResponse(responseCode = "400", description = "size is not a number or out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    public List<OrganisationSummary> pending(
            @Parameter(description = "How many, at most",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
            @QueryParam("size") String size) {
        return verification.pending(caller.actor(), BadParameterException.integer("size", size, 50, 1, 500));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation with its members", description = "Its members (any role) and the "
            + "operator.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The organisation, its verification and members")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a member nor the operator")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganisationView find(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return queries.find(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/verification-request")
    @Operation(summary = "Ask the operator to verify the organisation", description = "Its owners only. An "
            + "organisation that is verified or waiting already stays as it is.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The organisation, now waiting for verification (as it was "
            + "if verified or waiting already)")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an owner")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganisationView requestVerification(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return verification.requestVerification(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Verify an organisation", description = "The operator only: the firm is real. Its "
            + "profile then shows 인증됨 / Verified.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The organisation, verified")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "Decided already")
    public OrganisationView verify(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return verification.verify(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Refuse an organisation's verification", description = "The operator only, with a "
            + "reason the firm reads.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The organisation, rejected, with the reason")
    @APIResponse(responseCode = "400", description = "id is not a number; body missing or not JSON; reason missing "
            + "or longer than 1000 characters")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "Decided already")
    public OrganisationView reject(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id,
            @RequestBody(required = true, description = "The reason") Decision body) {
        return verification.reject(caller.actor(), idOf(id), require(body).reason());
    }

    @GET
    @Path("{id}/invitations")
    @Operation(summary = "Open invitations of an organisation", description = "Its owners and the operator. "
            + "Invitations not accepted and not expired; without their links (only shown when issued).")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The open invitations")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither an owner nor the operator")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public List<InvitationView> invitations(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
        return members.openInvitations(caller.actor(), idOf(id));
    }

    @POST
    @Path("{id}/invitations")
    @Operation(summary = "Invite someone by e-mail", description = "The organisation's owners and the operator. "
            + "No mail is sent: the answer holds the link to send, shown this once. An account is created in "
            + "Keycloak if the address has none.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "201", description = "The invitation and its link (/invitations/{token})",
            content = @Content(schema = @Schema(implementation = InvitationLink.class)))
    @APIResponse(responseCode = "400", description = "id is not a number; body missing or not JSON; not an e-mail "
            + "address; unknown role")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither an owner nor the operator")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "The address belongs to a member already")
    public Response invite(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id,
            @RequestBody(required = true, description = "Whom to invite") NewInvitation body) {
        NewInvitation b = require(body);
        var issued = members.invite(caller.actor(), idOf(id), b.email(),
                b.role() == null ? OrgRole.MEMBER : enumOf(OrgRole.class, "role", b.role()));
        return Response.status(201)
                .entity(new InvitationLink(issued.invitation(), "/invitations/" + issued.token())).build();
    }

    @PUT
    @Path("{id}/members/{subject}")
    @Operation(summary = "Change a member's role", description = "The organisation's owners and the operator. The "
            + "last owner cannot be made a plain member.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "204", description = "Changed (or the member had that role already)")
    @APIResponse(responseCode = "400", description = "id is not a number; body missing or not JSON; unknown role")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither an owner nor the operator")
    @APIResponse(responseCode = "404", description = "No such organisation, or no such member")
    @APIResponse(responseCode = "409", description = "It would leave the organisation without an owner")
    public Response changeRole(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id,
            @Parameter(required = true, description = MEMBER_SUBJECT) @PathParam("subject") String subject,
            @RequestBody(required = true, description = "The new role") RoleChange body) {
        members.changeRole(caller.actor(), idOf(id), subject, enumOf(OrgRole.class, "role", require(body).role()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{subject}")
    @Operation(summary = "Remove a member", description = "The organisation's owners and the operator. The last "
            + "owner cannot be removed.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither an owner nor the operator")
    @APIResponse(responseCode = "404", description = "No such organisation, or no such member")
    @APIResponse(responseCode = "409", description = "The last owner")
    public Response remove(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id,
            @Parameter(required = true, description = MEMBER_SUBJECT) @PathParam("subject") String subject) {
        members.remove(caller.actor(), idOf(id), subject);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/leave")
    @Operation(summary = "Leave an organisation", description = "Its members (any role), for themselves. The last "
            + "owner cannot leave.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "400", description = "id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a member")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "The last owner; make someone else an owner first")
    public Response leave(
            @Parameter(required = true, description = ORGANISATION_ID, schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("id") String id) {
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
