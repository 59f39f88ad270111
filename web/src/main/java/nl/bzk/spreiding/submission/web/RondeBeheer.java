package nl.bzk.spreiding.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.Verwachting;
import nl.bzk.spreiding.submission.service.Rondes;

/** BZK's page for the reporting rounds: prepare, open and close. */
@Named
@ViewScoped
public class RondeBeheer implements Serializable {

    @Inject
    private Rondes rondes;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Dashboard dashboard;

    @Inject
    private Referentiegegevens referentie;

    /** The round of {@link #verwachtingJaar}, read once per view. */
    private transient Ronde verwachtingRonde;

    /** The open round whose expected ministries are being changed ({@code ?verwachting=2026}), or null. */
    private Integer verwachtingJaar;

    /** The ministries (codes) ticked as expected, and why the list changes. */
    private List<String> verwacht = new ArrayList<>();

    @Vrijetekst
    private String reden;

    @PostConstruct
    void laad() {
        String p = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("verwachting");
        if (p != null && p.matches("\\d{4}")) {
            verwachtingJaar = Integer.valueOf(p);
            Ronde r = meldingen.probeer(() -> rondes.haal(verwachtingJaar));
            verwachtingRonde = r;
            if (r == null) {
                verwachtingJaar = null;
            } else {
                verwacht = r.getVerwachtingen().stream()
                        .filter(Verwachting::isVerwacht)
                        .map(v -> v.getMinisterie().getCode())
                        .collect(Collectors.toCollection(ArrayList::new));
            }
        }
    }

    /** "Definitief" or "Voorlopig: 3 van 15 ministeries goedgekeurd" (issue 31). */
    public String status(Ronde r) {
        return dashboard.jaarstatus(r.getJaar()).getOmschrijving();
    }

    public Ronde getVerwachtingRonde() {
        if (verwachtingRonde == null && verwachtingJaar != null) {
            verwachtingRonde = rondes.haal(verwachtingJaar);
        }
        return verwachtingRonde;
    }

    /** The ministries of the round marked as not filing, with their reason. */
    public List<Verwachting> getLevertNiet() {
        Ronde r = getVerwachtingRonde();
        return r == null
                ? List.of()
                : r.getVerwachtingen().stream()
                        .filter(Verwachting::isLevertNiet)
                        .toList();
    }

    /** Every ministry, to tick as expected or not. */
    public List<Ministerie> getMinisteries() {
        return referentie.ministeries();
    }

    public void wijzigVerwachting() {
        if (verwachtingJaar == null) {
            return;
        }
        Ronde r = rondes.haal(verwachtingJaar);
        Ronde gewijzigd = meldingen.probeer(
                () -> rondes.wijzigVerwachting(r.getJaar(), r.getVersion(), new LinkedHashSet<>(verwacht), reden));
        if (gewijzigd != null) {
            verwachtingRonde = gewijzigd;
            meldingen.info("De verwachte ministeries van inventarisatieronde " + r.getJaar() + " zijn gewijzigd.");
        }
    }

    /** The reason typed for a letter about the provisional year (issue 31). */
    @Vrijetekst
    private String uitzonderingReden;

    /** Whether the chosen round may record an exception for a letter about its provisional year now (its own rule). */
    public boolean isUitzonderingMogelijk() {
        Ronde r = getVerwachtingRonde();
        return r != null && rondes.waaromGeenUitzonderingMogelijk(r) == null;
    }

    /**
     * Records that a letter about the provisional year may be made (issue 31); another coordinator then makes it, and
     * its pages say VOORLOPIG. The round refuses without a reason, twice, or for a definitief year.
     */
    public void staVoorlopigeBriefToe() {
        if (verwachtingJaar == null) {
            return;
        }
        Ronde r = rondes.haal(verwachtingJaar);
        Ronde gewijzigd =
                meldingen.probeer(() -> rondes.staVoorlopigeBriefToe(r.getJaar(), r.getVersion(), uitzonderingReden));
        if (gewijzigd != null) {
            verwachtingRonde = gewijzigd;
            meldingen.info("De uitzondering is vastgelegd: een andere coördinator kan nu een brief over de voorlopige "
                    + "cijfers van " + r.getJaar() + " maken; elke pagina zegt VOORLOPIG.");
        }
    }

    public String getUitzonderingReden() {
        return uitzonderingReden;
    }

    public void setUitzonderingReden(String uitzonderingReden) {
        this.uitzonderingReden = uitzonderingReden;
    }

    public List<String> getVerwacht() {
        return verwacht;
    }

    public void setVerwacht(List<String> verwacht) {
        this.verwacht = verwacht;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    private Integer jaar = LocalDate.now(Tijd.ZONE).getYear() + 1;
    private LocalDate opening = LocalDate.of(LocalDate.now(Tijd.ZONE).getYear() + 1, 2, 1);
    private LocalDate deadline = LocalDate.of(LocalDate.now(Tijd.ZONE).getYear() + 1, 3, 31);
    /** Empty: the configured default (spreiding.ronde.prognosejaren). */
    private Integer prognosejaren;

    public List<Ronde> getRondes() {
        return rondes.lijst();
    }

    public void maak() {
        if (meldingen.probeer(() -> rondes.maak(jaar == null ? 0 : jaar, opening, deadline, prognosejaren)) != null) {
            meldingen.info(
                    "Inventarisatieronde " + jaar + " is aangemaakt. Open haar om de ministeries te laten aanleveren.");
        }
    }

    public void open(Ronde ronde) {
        if (meldingen.probeer(() -> rondes.open(ronde.getJaar(), ronde.getVersion())) != null) {
            meldingen.info("Inventarisatieronde " + ronde.getJaar() + " is geopend.");
        }
    }

    public void sluit(Ronde ronde) {
        if (meldingen.probeer(() -> rondes.sluit(ronde.getJaar(), ronde.getVersion())) != null) {
            meldingen.info("Inventarisatieronde " + ronde.getJaar() + " is gesloten.");
        }
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public LocalDate getOpening() {
        return opening;
    }

    public void setOpening(LocalDate opening) {
        this.opening = opening;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getPrognosejaren() {
        return prognosejaren;
    }

    public void setPrognosejaren(Integer prognosejaren) {
        this.prognosejaren = prognosejaren;
    }
}
