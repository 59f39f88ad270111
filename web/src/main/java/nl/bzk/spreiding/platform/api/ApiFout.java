package nl.bzk.spreiding.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;

/**
 * The body of every error the API returns, as RFC 9457 problem details ({@code application/problem+json}, as the NL
 * API Design Rules ask): {@code type}, {@code title}, {@code status}, {@code detail} (the Dutch message), and as
 * extension members {@code melding} (the same message, the name clients of earlier versions read), {@code referentie}
 * for an unexpected error (the details are in the server log under it), {@code fouten}/{@code teksten} for rejected
 * rows and {@code regel}/{@code kolom} for a place in a template. Absent members are left out.
 */
public record ApiFout(
        String type,
        String title,
        int status,
        String detail,
        String melding,
        String referentie,
        List<Bevinding> fouten,
        List<String> teksten,
        Integer regel,
        Integer kolom) {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

    public static ApiFout van(int status, String melding, String referentie) {
        Probleemsoort soort = Probleemsoort.van(status);
        return new ApiFout(soort.type(), soort.titel(), status, melding, melding, referentie, null, null, null, null);
    }

    public ApiFout metFouten(List<Bevinding> bevindingen) {
        return new ApiFout(
                type,
                title,
                status,
                detail,
                melding,
                referentie,
                bevindingen,
                bevindingen.stream().map(Bevinding::tekst).toList(),
                regel,
                kolom);
    }

    public ApiFout metPlaats(Fout.Plaats plaats) {
        return new ApiFout(
                type, title, status, detail, melding, referentie, fouten, teksten, plaats.regel(), plaats.kolom());
    }

    public Response response() {
        return Response.status(status).type(PROBLEM_JSON_TYPE).entity(this).build();
    }

    /** The body of a request, or a 400 with a Dutch message when the client sent none. */
    /** The request body, present and of the form its record's constraints ask (platform.Invoercontrole). */
    public static <T> T vereist(T body) {
        return Invoercontrole.controleer(body);
    }

    public static Response response(Response.Status status, String melding) {
        return response(status.getStatusCode(), melding, null);
    }

    public static Response response(int status, String melding, String referentie) {
        return van(status, melding, referentie).response();
    }

    /**
     * The same body written straight to the servlet response, for refusals made before JAX-RS is reached (request size,
     * throttled sign-in, temporary password).
     */
    public static void schrijf(HttpServletResponse response, int status, String melding) throws IOException {
        ApiFout f = van(status, melding, null);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", f.type())
                .add("title", f.title())
                .add("status", status)
                .add("detail", melding)
                .add("melding", melding);
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON + ";charset=UTF-8");
        response.getOutputStream().write(json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a request is for the API (JSON answers) rather than a page. */
    public static boolean isApi(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        return pad.startsWith("/api/") || pad.equals("/api");
    }
}
