package network.ddd.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import network.ddd.audit.AuditLog;
import network.ddd.audit.AuditPage;
import network.ddd.web.security.Caller;

/** The operator reads the audit trail: sign-ins, role changes, verification decisions, refusals. */
@Path("v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class AuditResource {
    @Inject
    Caller caller;

    @Inject
    AuditLog log;

    @GET
    public AuditPage latest(@QueryParam("page") String page, @QueryParam("size") String size) {
        return log.latest(caller.actor(), BadParameterException.integer("page", page, 1),
                BadParameterException.integer("size", size, 50));
    }
}
