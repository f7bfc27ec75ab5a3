package network.ddd.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail; {@code parameter} names the offending request parameter or column, if any. */
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(this).build();
    }
}
