package nl.bzk.spreiding.platform.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.ValidatieFout;

/**
 * Runs a page action and turns what a service refuses into messages on the page: the Dutch message, and for
 * refused input every finding with row and column (kept in {@link #getBevindingen()} for the error table).
 */
@Named
@RequestScoped
public class Meldingen {

    @Inject
    private FacesContext faces;

    private List<Bevinding> bevindingen = List.of();

    /** The action's result, or null when it was refused (the reason is then on the page). */
    public <T> T probeer(Supplier<T> actie) {
        try {
            return actie.get();
        } catch (ValidatieFout fout) {
            bevindingen = fout.getBevindingen();
            fout(fout.getMessage());
        } catch (EJBException | Fout fout) {
            // One translation for pages and API: races (409), over-long values (400), unexpected errors with a
            // reference.
            fout(Foutvertaling.vertaal(fout).melding());
        }
        return null;
    }

    public void info(String tekst) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, tekst, null));
    }

    public void fout(String tekst) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, null));
    }

    public List<Bevinding> getBevindingen() {
        return bevindingen;
    }

    @Inject
    private Doorgeschoven doorgeschoven;

    /** The message is shown on the page the redirect after a successful POST leads to (on any instance). */
    public void naRedirect(String tekst) {
        doorgeschoven.bewaar(tekst);
    }
}
