package network.ddd.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import network.ddd.identity.Actor;
import network.ddd.identity.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling this request, as the domain sees it: an {@link Actor} built from the validated bearer token
 * (API) or from the OpenID Connect session (pages), else {@link Actor#ANONYMOUS}. The domain never sees a token.
 */
@RequestScoped
public class Caller {
    @Inject
    HttpServletRequest request;

    @Inject
    Instance<OpenIdContext> openId;

    private Actor actor;
    private String username;

    public Actor actor() {
        if (actor == null) {
            actor = read();
        }
        return actor;
    }

    /** The user name the provider knows ({@code preferred_username}); empty when nobody is signed in. */
    public Optional<String> username() {
        actor();
        return Optional.ofNullable(username);
    }

    private Actor read() {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            username = token.getClaim("preferred_username");
            return Actor.signedIn(token.getSubject(),
                    displayName(token.getClaim("given_name"), token.getClaim("family_name"), username),
                    isTrue(token.getClaim("email_verified")) ? token.getClaim("email") : null,
                    token.getGroups() == null ? List.of() : token.getGroups());
        }
        if (principal == null) {
            return Actor.ANONYMOUS;
        }
        try {
            OpenIdContext context = openId.get();
            var claims = context.getClaimsJson();
            username = claims.getString("preferred_username", principal.getName());
            return Actor.signedIn(context.getSubject(),
                    displayName(claims.getString("given_name", null), claims.getString("family_name", null), username),
                    claims.getBoolean("email_verified", false) ? claims.getString("email", null) : null,
                    context.getIdentityToken().getJwtClaims().getArrayStringClaim("groups"));
        } catch (RuntimeException e) {
            // signed in by a mechanism without an OpenID Connect context: name and roles from the container
            username = principal.getName();
            return Actor.signedIn(principal.getName(), principal.getName(), null, Arrays.stream(Role.values())
                    .map(Role::realmRole).filter(request::isUserInRole).toList());
        }
    }

    /** 김지수 (family name first, no space) when the family name is Hangul, else "Jisu Kim"; else the user name. */
    static String displayName(String given, String family, String fallback) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() && f.isEmpty()) {
            return fallback;
        }
        boolean hangul = !f.isEmpty() && Character.UnicodeScript.of(f.codePointAt(0)) == Character.UnicodeScript.HANGUL;
        return hangul ? f + g : (g + " " + f).strip();
    }

    private static boolean isTrue(Object claim) {
        return claim == Boolean.TRUE || claim == JsonValue.TRUE || "true".equals(String.valueOf(claim));
    }
}
