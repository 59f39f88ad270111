package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API returns: the HTTP status and a Dutch message for the user. */
public record ApiFout(int status, String melding) {

    public static Response response(Response.Status status, String melding) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiFout(status.getStatusCode(), melding)).build();
    }
}
