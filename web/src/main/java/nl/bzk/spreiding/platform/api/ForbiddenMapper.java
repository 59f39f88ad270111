package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role check on a resource failed: answer in JSON, not with the HTML error page meant for people. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException exception) {
        return ApiFout.response(Response.Status.FORBIDDEN, "U heeft geen rechten voor deze handeling");
    }
}
