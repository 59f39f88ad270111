package nl.bzk.spreiding.actionplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.entity.StandLabel;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.web.Meldingen;

/** BZK's form for the stand van zaken of one measure in the open period. */
@Named
@ViewScoped
public class StandBewerken implements Serializable {

    @Inject
    private Actieplan actieplan;

    @Inject
    private Meldingen meldingen;

    private String code;
    private String periode;
    private String titel;
    private StandLabel label;

    @Regeltekst
    private String verantwoordelijke;

    private LocalDate datum;

    @Vrijetekst
    private String punten;

    private long versie;

    @PostConstruct
    void laad() {
        code = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("code");
        Rapportageperiode open = actieplan.periodes().stream()
                .filter(Rapportageperiode::isOpen)
                .findFirst()
                .orElse(null);
        if (code == null || open == null) {
            return;
        }
        periode = open.getNaam();
        actieplan.standen(periode).stream()
                .filter(s -> s.getMaatregel().getCode().equals(code))
                .findFirst()
                .ifPresent(this::vul);
    }

    private void vul(MaatregelStand s) {
        titel = s.getMaatregel().getCode() + ". " + s.getMaatregel().getTitel();
        label = s.getLabel();
        verantwoordelijke = s.getVerantwoordelijke();
        datum = s.getDatum();
        punten = String.join("\n", s.getPunten());
        versie = s.getVersion();
    }

    public String bewaar() {
        List<String> lijst =
                punten == null ? List.of() : Arrays.stream(punten.split("\\R")).toList();
        if (meldingen.probeer(
                        () -> actieplan.wijzigStand(code, periode, versie, label, verantwoordelijke, datum, lijst))
                == null) {
            return null;
        }
        meldingen.naRedirect("De stand van maatregel " + code + " is opgeslagen.");
        return "/actieplan/index?faces-redirect=true&periode=" + periode + "#maatregel-" + code;
    }

    public StandLabel[] getLabels() {
        return StandLabel.values();
    }

    public String getCode() {
        return code;
    }

    public String getPeriode() {
        return periode;
    }

    public String getTitel() {
        return titel;
    }

    public StandLabel getLabel() {
        return label;
    }

    public void setLabel(StandLabel label) {
        this.label = label;
    }

    public String getVerantwoordelijke() {
        return verantwoordelijke;
    }

    public void setVerantwoordelijke(String verantwoordelijke) {
        this.verantwoordelijke = verantwoordelijke;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getPunten() {
        return punten;
    }

    public void setPunten(String punten) {
        this.punten = punten;
    }
}
