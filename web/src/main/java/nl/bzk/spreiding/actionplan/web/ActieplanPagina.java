package nl.bzk.spreiding.actionplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.entity.StandLabel;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.platform.web.Meldingen;

/** Bijlage 2 on screen: the measures with their stand van zaken in a period; BZK edits the open period. */
@Named
@ViewScoped
public class ActieplanPagina implements Serializable {

    @Inject
    private Actieplan actieplan;
    @Inject
    private Meldingen meldingen;

    private String periode;
    /** Per measure code: the edit form of the open period (points one per line). */
    private final Map<String, StandForm> formulieren = new HashMap<>();
    private String nieuweNaam;
    private LocalDate nieuwePeildatum;

    public static class StandForm implements Serializable {
        private StandLabel label;
        private String verantwoordelijke;
        private LocalDate datum;
        private String punten;
        private long versie;

        public StandLabel getLabel() { return label; }
        public void setLabel(StandLabel label) { this.label = label; }
        public String getVerantwoordelijke() { return verantwoordelijke; }
        public void setVerantwoordelijke(String verantwoordelijke) { this.verantwoordelijke = verantwoordelijke; }
        public LocalDate getDatum() { return datum; }
        public void setDatum(LocalDate datum) { this.datum = datum; }
        public String getPunten() { return punten; }
        public void setPunten(String punten) { this.punten = punten; }
    }

    @PostConstruct
    void laad() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("periode");
        List<Rapportageperiode> periodes = actieplan.periodes();
        periode = param != null && periodes.stream().anyMatch(p -> p.getNaam().equals(param)) ? param
                : periodes.isEmpty() ? null : periodes.get(0).getNaam();
        vulFormulieren();
    }

    private void vulFormulieren() {
        formulieren.clear();
        if (periode == null) {
            return;
        }
        for (MaatregelStand s : actieplan.standen(periode)) {
            StandForm f = new StandForm();
            f.label = s.getLabel();
            f.verantwoordelijke = s.getVerantwoordelijke();
            f.datum = s.getDatum();
            f.punten = String.join("\n", s.getPunten());
            f.versie = s.getVersion();
            formulieren.put(s.getMaatregel().getCode(), f);
        }
    }

    public void bewaar(String code) {
        StandForm f = formulieren.get(code);
        List<String> punten = f.punten == null ? List.of() : Arrays.stream(f.punten.split("\\R")).toList();
        if (meldingen.probeer(() -> actieplan.wijzigStand(code, periode, f.versie, f.label, f.verantwoordelijke, f.datum, punten)) != null) {
            vulFormulieren();
            meldingen.info("De stand van maatregel " + code + " is opgeslagen.");
        }
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

    public StandLabel[] getLabels() {
        return StandLabel.values();
    }

    public String getPeriode() { return periode; }
    public Map<String, StandForm> getFormulieren() { return formulieren; }
    public String getNieuweNaam() { return nieuweNaam; }
    public void setNieuweNaam(String nieuweNaam) { this.nieuweNaam = nieuweNaam; }
    public LocalDate getNieuwePeildatum() { return nieuwePeildatum; }
    public void setNieuwePeildatum(LocalDate nieuwePeildatum) { this.nieuwePeildatum = nieuwePeildatum; }
}
