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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

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
    @Operation(summary = "The audit trail", description = "The operator only. Sign-ins, role changes, "
            + "verification and claim decisions, refusals; latest first, a page at a time.")
    @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME)
    @APIResponse(responseCode = "200", description = "One page of entries and the total")
    @APIResponse(responseCode = "400", description = "page or size is not a number or out of range")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not the operator")
    public AuditPage latest(
            @Parameter(description = "Page number, from 1",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Entries per page",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "200"))
            @QueryParam("size") String size) {
        return log.latest(caller.actor(), BadParameterException.integer("page", page, 1, 1, 100_000),
                BadParameterException.integer("size", size, 50, 1, 200));
    }
}
