package nl.bzk.spreiding.submission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.submission.service.HistorischeReeks;

/** BZK's page of the historical series: the years imported so far, and a file to import (or replace) years. */
@Named
@RequestScoped
public class ReeksInlezen {

    @Inject
    private HistorischeReeks reeks;

    @Inject
    private Meldingen meldingen;

    private Part bestand;
    private List<HistorischeReeks.Reeksjaar> jaren;

    public List<HistorischeReeks.Reeksjaar> getJaren() {
        if (jaren == null) {
            jaren = reeks.jaren();
        }
        return jaren;
    }

    public String importeer() throws IOException {
        Gekozenbestand gekozen = Gekozenbestand.van(bestand);
        if (gekozen == null) {
            meldingen.fout("Kies eerst een CSV- of XLSX-bestand.");
            return null;
        }
        List<HistorischeReeks.Reeksjaar> ingelezen =
                meldingen.probeer(() -> reeks.importeer(gekozen.naam(), gekozen.mediaType(), gekozen.inhoud()));
        if (ingelezen == null) {
            return null;
        }
        meldingen.naRedirect("Het bestand " + HistorischeReeks.bron(gekozen.naam()) + " is ingelezen: "
                + Nederlands.geheel(ingelezen.stream()
                        .mapToLong(HistorischeReeks.Reeksjaar::regels)
                        .sum())
                + " regels voor "
                + Nederlands.opsomming(
                        ingelezen.stream().map(j -> String.valueOf(j.jaar())).toList())
                + ".");
        return "/bzk/historie?faces-redirect=true";
    }

    public Part getBestand() {
        return bestand;
    }

    public void setBestand(Part bestand) {
        this.bestand = bestand;
    }
}
