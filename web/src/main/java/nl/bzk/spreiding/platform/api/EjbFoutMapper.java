package nl.bzk.spreiding.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unwraps what the EJB container wraps: a role check that failed in a service is a 403, a lost
 * optimistic-lock race is a 409; anything else is logged and reported without internals.
 */
@Provider
public class EjbFoutMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbFoutMapper.class.getName());

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return ApiFout.response(Response.Status.FORBIDDEN, "U heeft geen rechten voor deze handeling");
        }
        for (Throwable oorzaak = exception; oorzaak != null; oorzaak = oorzaak.getCause()) {
            // EclipseLink may raise its own OptimisticLockException instead of the JPA one.
            if (oorzaak instanceof OptimisticLockException
                    || oorzaak.getClass().getSimpleName().equals("OptimisticLockException")) {
                return ApiFout.response(Response.Status.CONFLICT,
                        "De gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw en voer uw wijziging nogmaals uit.");
            }
        }
        LOG.log(Level.SEVERE, "Onverwachte fout in een service", exception);
        return ApiFout.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan de kant van Spreiding; er is niets gewijzigd. Probeer het later opnieuw.");
    }
}
