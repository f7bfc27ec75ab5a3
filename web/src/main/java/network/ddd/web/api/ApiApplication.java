package network.ddd.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
@ApplicationScoped
public class ApiApplication extends Application {
}
