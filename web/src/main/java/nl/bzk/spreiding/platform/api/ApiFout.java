package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error the API returns: the HTTP status, a Dutch message for the user and, for an unexpected error,
 * the reference under which the details are in the server log.
 */
public record ApiFout(int status, String melding, String referentie) {

    /** The body of a request, or a 400 with a Dutch message when the client sent none. */
    public static <T> T vereist(T body) {
        if (body == null) {
            throw nl.bzk.spreiding.platform.Fout.ongeldig("Geen gegevens ontvangen");
        }
        return body;
    }

    public static Response response(Response.Status status, String melding) {
        return response(status.getStatusCode(), melding, null);
    }

    public static Response response(int status, String melding, String referentie) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiFout(status, melding, referentie)).build();
    }
}
