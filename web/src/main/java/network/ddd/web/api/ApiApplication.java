package network.ddd.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API. {@code @LoginConfig} activates MicroProfile JWT: bearer tokens of the realm, validated with the
 * {@code mp.jwt.*} settings (see microprofile-config.properties); {@code network.ddd.web.security} decides which
 * requests it sees.
 */
@LoginConfig(authMethod = "MP-JWT", realmName = "ddd")
@ApplicationPath("api")
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "D·D·D network directory API", version = "1",
        description = "Search Korean fashion suppliers, read profiles, import supplier lists; sign-in, "
                + "organisations and claims with Keycloak bearer tokens. Errors are "
                + "application/problem+json (RFC 9457)."),
        // the one Problem schema every documented error answer refers to (ProblemResponses adds the reference)
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = ApiApplication.SECURITY_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT", description = "An access token of the Keycloak realm 'ddd' with "
                + "audience 'ddd-api'; scripts get one from the public client 'ddd-cli' (password grant at "
                + "<issuer>/protocol/openid-connect/token). Sent as 'Authorization: Bearer <token>'; a missing, "
                + "expired or foreign token is a 401 on the operations that need sign-in.")
public class ApiApplication extends Application {
    /** The name operations needing sign-in give in {@code @SecurityRequirement}. */
    public static final String SECURITY_SCHEME = "keycloak";

    /**
     * Jersey holds the first 8 KB of every answer back to compute its Content-Length, and a flush does not send
     * what it holds: the progress lines of an import or a reindex would all arrive at the end. With no such
     * buffer, an answer that is flushed goes out at once (chunked); small JSON answers are unaffected otherwise.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.contentLength.buffer", 0);
    }
}
