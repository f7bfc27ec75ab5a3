package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import network.ddd.access.Action;
import network.ddd.access.NotSignedInException;
import network.ddd.access.ResourceKind;
import network.ddd.identity.Actor;
import network.ddd.identity.Role;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.web.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The signed-in caller, as the API sees them: from the validated bearer token. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class MeResource {
    @Inject
    Caller caller;

    @Inject
    OrganisationQueries organisations;

    @GET
    @Operation(summary = "The signed-in caller", description = "Any signed-in user: who the token says they are, "
            + "their realm roles and their organisations.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No token, or an expired, tampered or foreign one")
    public Me me() {
        Actor actor = caller.actor();
        if (!actor.isSignedIn()) {
            throw new NotSignedInException(Action.VIEW, ResourceKind.ACCOUNT);
        }
        List<String> roles = actor.roles().stream().sorted().map(Role::realmRole).toList();
        List<Membership> memberships = organisations.me(actor).organisations().stream()
                .map(m -> new Membership(m.organisation().id(), m.organisation().name(),
                        m.organisation().kind().name(), m.role().name(), m.organisation().verified()))
                .toList();
        return new Me(actor.subject(), caller.username().orElse(null), actor.displayName(), actor.email(), roles,
                memberships);
    }

    /**
     * The caller. {@code email} only when the provider verified it. {@code organisations} lists the caller's
     * organisations with their role in each (OWNER, MEMBER) and whether the operator verified them.
     */
    public record Me(String subject, String username, String displayName, String email,
                     @Schema(type = SchemaType.ARRAY, implementation = String.class,
                             description = "Realm roles: designer, wholesaler, supplier, operator") List<String> roles,
                     List<Membership> organisations) {
    }

    /** One organisation of the caller and the caller's role in it (owner, member). */
    public record Membership(long id, String name,
                             @Schema(type = SchemaType.STRING,
                                     enumeration = {"DESIGNER_BRAND", "WHOLESALER", "SUPPLIER"}) String kind,
                             @Schema(type = SchemaType.STRING, enumeration = {"OWNER", "MEMBER"}) String role,
                             boolean verified) {
    }
}
