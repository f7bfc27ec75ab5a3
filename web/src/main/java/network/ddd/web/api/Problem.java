package network.ddd.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; {@code parameter} names the offending request parameter or column, if any. */
@Schema(name = "Problem", description = "An RFC 9457 problem detail, in the language asked for (Accept-Language: "
        + "ko or en); parameter names the offending request parameter or field, if any")
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(this).build();
    }
}
