package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import network.ddd.web.security.Role;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in caller, as the API sees them: from the validated bearer token. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class MeResource {
    @Context
    SecurityContext security;

    @GET
    public Me me() {
        if (!(security.getUserPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            throw new SignInRequiredException();
        }
        List<String> roles = Role.among(token.getGroups() == null ? List.of() : token.getGroups()).stream()
                .map(Role::claimName).toList();
        return new Me(token.getSubject(), token.getClaim(Claims.preferred_username), token.getClaim(Claims.email),
                token.getClaim(Claims.given_name), token.getClaim(Claims.family_name), roles, List.of());
    }

    /**
     * The caller. {@code organisations} lists the organisations the caller belongs to, with their role in each;
     * empty until organisations exist (issue 4, next step).
     */
    public record Me(String subject, String username, String email, String givenName, String familyName,
                     List<String> roles, List<Membership> organisations) {
    }

    /** One organisation of the caller and the caller's role in it (owner, member). */
    public record Membership(long id, String name, String role, boolean verified) {
    }
}
