package nl.bzk.spreiding.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.service.Briefdossiers;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.web.Meldingen;

/** The list of letter dossiers, and a new one for a year; "Mijn taken" lists what waits for the user. */
@Named
@RequestScoped
public class DossiersPagina {

    @Inject
    private Briefdossiers dossiers;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Dashboard dashboard;

    private Integer jaar;

    @Regeltekst
    private String ondertekenaarNaam;

    private List<Briefdossier> lijst;
    private List<Briefdossiers.Taak> taken;

    /**
     * The years a letter can be about: definitief (every expected ministry accepted, the round closed; issue 31) and
     * from a round, not the historical series; newest first, without a dossier yet.
     */
    public List<Integer> getJaren() {
        List<Integer> bezet = getLijst().stream().map(Briefdossier::getJaar).toList();
        return dashboard.briefjaren().stream()
                .filter(j -> !bezet.contains(j))
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    public List<Briefdossier> getLijst() {
        if (lijst == null) {
            lijst = dossiers.lijst();
        }
        return lijst;
    }

    public List<Briefdossiers.Taak> getTaken() {
        if (taken == null) {
            taken = dossiers.taken();
        }
        return taken;
    }

    public String maak() {
        if (jaar == null) {
            meldingen.fout("Veld jaar: vul het peiljaar van de cijfers in.");
            return null;
        }
        Briefdossier d = meldingen.probeer(
                () -> dossiers.maak(new Briefdossiers.Nieuw(jaar, null, null, null, null, null, ondertekenaarNaam)));
        if (d == null) {
            return null;
        }
        meldingen.naRedirect("Het briefdossier " + d.getJaar() + " is aangemaakt.");
        return "/dossier/dossier?faces-redirect=true&jaar=" + d.getJaar();
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public String getOndertekenaarNaam() {
        return ondertekenaarNaam;
    }

    public void setOndertekenaarNaam(String ondertekenaarNaam) {
        this.ondertekenaarNaam = ondertekenaarNaam;
    }
}
