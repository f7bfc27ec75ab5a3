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
    public record Me(String subject, String username, String displayName, String email, List<String> roles,
                     List<Membership> organisations) {
    }

    /** One organisation of the caller and the caller's role in it (owner, member). */
    public record Membership(long id, String name, String kind, String role, boolean verified) {
    }
}
