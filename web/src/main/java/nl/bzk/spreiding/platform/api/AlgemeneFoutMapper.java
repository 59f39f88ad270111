package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.bzk.spreiding.platform.web.Foutvertaling;

/**
 * Every error that no more specific mapper takes (EJB-wrapped refusals, lost races, malformed JSON, unknown values,
 * unexpected failures): a JSON body with a Dutch message, never an exception text; see {@link Foutvertaling}.
 */
@Provider
public class AlgemeneFoutMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        Foutvertaling.Vertaald v = Foutvertaling.vertaal(exception);
        return ApiFout.response(v.status(), v.melding(), v.referentie());
    }
}
