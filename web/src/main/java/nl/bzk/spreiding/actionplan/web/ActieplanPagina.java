package nl.bzk.spreiding.actionplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.web.Meldingen;

/** Bijlage 2 on screen: the measures with their stand van zaken in a period; BZK opens a new period here. */
@Named
@ViewScoped
public class ActieplanPagina implements Serializable {

    @Inject
    private Actieplan actieplan;

    @Inject
    private Meldingen meldingen;

    private String periode;

    @Regeltekst
    private String nieuweNaam;

    private LocalDate nieuwePeildatum;

    @PostConstruct
    void laad() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("periode");
        List<Rapportageperiode> periodes = actieplan.periodes();
        periode = param != null && periodes.stream().anyMatch(p -> p.getNaam().equals(param))
                ? param
                : periodes.isEmpty() ? null : periodes.get(0).getNaam();
    }

    public String nieuwePeriode() {
        Rapportageperiode nieuw = meldingen.probeer(() -> actieplan.nieuwePeriode(nieuweNaam, nieuwePeildatum));
        if (nieuw == null) {
            return null;
        }
        meldingen.naRedirect("Periode " + nieuw.getNaam() + " is geopend met de tekst van de vorige periode.");
        return "/actieplan/index?faces-redirect=true&periode=" + nieuw.getNaam();
    }

    public List<MaatregelStand> getStanden() {
        return periode == null ? List.of() : actieplan.standen(periode);
    }

    public List<Rapportageperiode> getPeriodes() {
        return actieplan.periodes();
    }

    public boolean isOpen() {
        return periode != null && actieplan.periode(periode).isOpen();
    }

    public String getPeriode() {
        return periode;
    }

    public String getNieuweNaam() {
        return nieuweNaam;
    }

    public void setNieuweNaam(String nieuweNaam) {
        this.nieuweNaam = nieuweNaam;
    }

    public LocalDate getNieuwePeildatum() {
        return nieuwePeildatum;
    }

    public void setNieuwePeildatum(LocalDate nieuwePeildatum) {
        this.nieuwePeildatum = nieuwePeildatum;
    }
}
