package nl.bzk.spreiding.platform.web;

import jakarta.enterprise.context.RequestScoped;
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
        }
        return vertaald;
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
