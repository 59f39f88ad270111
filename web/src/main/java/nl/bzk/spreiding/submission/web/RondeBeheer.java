package nl.bzk.spreiding.submission.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.service.Rondes;

/** BZK's page for the reporting rounds: prepare, open and close. */
@Named
@ViewScoped
public class RondeBeheer implements Serializable {

    @Inject
    private Rondes rondes;

    @Inject
    private Meldingen meldingen;

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
