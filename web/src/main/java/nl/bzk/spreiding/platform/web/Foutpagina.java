package nl.bzk.spreiding.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/** The error page for people: a Dutch message and, for an unexpected error, the reference that is in the log. */
@Named
@RequestScoped
public class Foutpagina {

    @Inject
    private HttpServletRequest request;

    private Foutvertaling.Vertaald vertaald;

    private Foutvertaling.Vertaald vertaald() {
        if (vertaald == null) {
            Object fout = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            vertaald = fout instanceof Throwable t
                    ? Foutvertaling.vertaal(t)
                    : Foutvertaling.http(status instanceof Integer s ? s : 500);
            if (vertaald.status() >= 500 && vertaald.referentie() == null) {
                String referentie = Foutvertaling.referentie();
                Logger.getLogger(Foutpagina.class.getName())
                        .severe(() ->
                                "Fout " + status + " op " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                                        + ", referentie " + referentie);
                vertaald = new Foutvertaling.Vertaald(
                        vertaald.status(), vertaald.melding() + " Referentie: " + referentie + ".", referentie);
            }
            // The page answers with the status the error means (403 for a refused call, 400 for a stale page), not
            // the 500 the container sets for every exception.
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getExternalContext().isResponseCommitted()) {
                faces.getExternalContext().setResponseStatus(vertaald.status());
            }
        }
        return vertaald;
    }

    /** The title of the page for a stale view (its status, 400, is set on the way). */
    public String getVerlopen() {
        vertaald();
        return "Sessie verlopen";
    }

    public String getMelding() {
        return vertaald().melding();
    }

    public String getReferentie() {
        return vertaald().referentie();
    }

    public String getTitel() {
        int status = vertaald().status();
        return status >= 500
                ? "Er ging iets mis"
                : status == 413 ? "Te groot" : status == 405 ? "Niet mogelijk" : "Ongeldig verzoek";
    }
}
