package nl.bzk.spreiding.platform.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * The same body written straight to the servlet response, for refusals made before JAX-RS is reached (request size,
     * throttled sign-in, temporary password).
     */
    public static void schrijf(HttpServletResponse response, int status, String melding) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(Json.createObjectBuilder().add("status", status).add("melding", melding).build().toString()
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a request is for the API (JSON answers) rather than a page. */
    public static boolean isApi(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return pad.startsWith("/api/") || pad.equals("/api");
    }
}
