package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.bzk.spreiding.platform.Fout;

@Provider
public class FoutMapper implements ExceptionMapper<Fout> {

    @Override
    public Response toResponse(Fout fout) {
        return ApiFout.response(status(fout.getSoort()), fout.getMessage());
    }

    static Response.Status status(Fout.Soort soort) {
        return switch (soort) {
            case ONGELDIG -> Response.Status.BAD_REQUEST;
            case NIET_GEVONDEN -> Response.Status.NOT_FOUND;
            case GEEN_TOEGANG -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }
}
