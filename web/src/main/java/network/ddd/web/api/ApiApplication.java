package network.ddd.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The JSON API. {@code @LoginConfig} activates MicroProfile JWT: bearer tokens of the realm, validated with the
 * {@code mp.jwt.*} settings (see microprofile-config.properties); {@code network.ddd.web.security} decides which
 * requests it sees.
 */
@LoginConfig(authMethod = "MP-JWT", realmName = "ddd")
@ApplicationPath("api")
@ApplicationScoped
public class ApiApplication extends Application {
}
