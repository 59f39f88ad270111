package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.security.service.Wachtwoordbeleid;
import nl.bzk.spreiding.security.service.Wachtwoorden;

/** A user chooses their own password; afterwards they sign in again with it. */
@Named
@RequestScoped
public class WachtwoordWijzigen {

    @Inject
    private Clientadres clientadres;

    @Inject
    private Wachtwoorden wachtwoorden;

    @Inject
    private Meldingen meldingen;

    @Inject
    private FacesContext faces;

    @Regeltekst(max = 1000)
    private String huidig;

    @Regeltekst(max = 1000)
    private String nieuw;

    @Regeltekst(max = 1000)
    private String herhaling;

    public void wijzig() throws IOException, ServletException {
        if (nieuw == null || !nieuw.equals(herhaling)) {
            meldingen.fout("Het nieuwe wachtwoord en de herhaling zijn niet gelijk.");
            return;
        }
        if (meldingen.probeer(() -> {
                    wachtwoorden.wijzigEigen(huidig, nieuw, clientadres.van((HttpServletRequest)
                            faces.getExternalContext().getRequest()));
                    return Boolean.TRUE;
                })
                == null) {
            return;
        }
        ExternalContext extern = faces.getExternalContext();
        ((HttpServletRequest) extern.getRequest()).logout();
        extern.invalidateSession();
        extern.redirect(extern.getRequestContextPath() + SpreidingAuthenticatie.LOGIN_PAGINA + "?gewijzigd=ja");
    }

    public boolean isVerplicht() {
        return faces.getExternalContext().getRequestMap().get(SpreidingAuthenticatie.WACHTWOORD_WIJZIGEN) != null;
    }

    public int getMinimaleLengte() {
        return Wachtwoordbeleid.MINIMALE_LENGTE;
    }

    public String getHuidig() {
        return huidig;
    }

    public void setHuidig(String huidig) {
        this.huidig = huidig;
    }

    public String getNieuw() {
        return nieuw;
    }

    public void setNieuw(String nieuw) {
        this.nieuw = nieuw;
    }

    public String getHerhaling() {
        return herhaling;
    }

    public void setHerhaling(String herhaling) {
        this.herhaling = herhaling;
    }
}
