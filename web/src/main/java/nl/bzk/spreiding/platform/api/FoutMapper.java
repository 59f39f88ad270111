package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.ValidatieFout;
import nl.bzk.spreiding.platform.web.Foutvertaling;

/**
 * A refusal of any capability as problem details ({@link ApiFout}). It knows only the platform's error types: rejected
 * rows come as a {@link ValidatieFout}, a place in a text as {@link Fout#getPlaats()}.
 */
@Provider
public class FoutMapper implements ExceptionMapper<Fout> {

    @Override
    public Response toResponse(Fout fout) {
        Foutvertaling.Vertaald v = Foutvertaling.vertaal(fout);
        ApiFout body = ApiFout.van(v.status(), v.melding(), v.referentie());
        if (fout instanceof ValidatieFout validatie) {
            body = body.metFouten(validatie.getBevindingen());
        }
        if (fout.getPlaats() != null) {
            body = body.metPlaats(fout.getPlaats());
        }
        Response antwoord = body.response();
        if (fout.getSoort() == Fout.Soort.BEZET || fout.getSoort() == Fout.Soort.TE_VAAK) {
            return Response.fromResponse(antwoord)
                    .header("Retry-After", fout.getWachtSeconden())
                    .build();
        }
        return antwoord;
    }
}
