package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.ValidatieFout;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.web.Foutvertaling;

@Provider
public class FoutMapper implements ExceptionMapper<Fout> {

    @Override
    public Response toResponse(Fout fout) {
        if (fout instanceof nl.bzk.spreiding.documents.opmaak.SjabloonFout sjabloon) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiSjabloonFout(400, fout.getMessage(), sjabloon.getRegel(), sjabloon.getKolom())).build();
        }
        if (fout instanceof ValidatieFout validatie) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiValidatieFout(400, fout.getMessage(), validatie.getBevindingen(),
                            validatie.getBevindingen().stream().map(Bevinding::tekst).toList())).build();
        }
        Foutvertaling.Vertaald v = Foutvertaling.vertaal(fout);
        return ApiFout.response(v.status(), v.melding(), v.referentie());
    }

    /** Every problem with row, column, value and a Dutch message, and the same as one readable sentence. */
    public record ApiValidatieFout(int status, String melding, List<Bevinding> fouten, List<String> teksten) {
    }

    /** A template that cannot be used, with the line and column in the template (null when not about one place). */
    public record ApiSjabloonFout(int status, String melding, Integer regel, Integer kolom) {
    }
}
