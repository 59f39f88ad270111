package nl.bzk.spreiding.submission.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
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
        if (bestand == null || bestand.getSize() == 0) {
            meldingen.fout("Kies eerst een CSV- of XLSX-bestand.");
            return null;
        }
        byte[] inhoud;
        try (InputStream in = bestand.getInputStream()) {
            inhoud = in.readNBytes(Bestandsinlezer.MAX_BYTES + 1);
        }
        String naam = bestand.getSubmittedFileName();
        List<HistorischeReeks.Reeksjaar> ingelezen =
                meldingen.probeer(() -> reeks.importeer(naam, bestand.getContentType(), inhoud));
        if (ingelezen == null) {
            return null;
        }
        meldingen.naRedirect("Het bestand " + HistorischeReeks.bron(naam) + " is ingelezen: "
                + Nederlands.geheel(ingelezen.stream()
                        .mapToLong(HistorischeReeks.Reeksjaar::regels)
                        .sum())
                + " regels voor " + jaren(ingelezen) + ".");
        return "/bzk/historie?faces-redirect=true";
    }

    /** "2018", "2017 en 2018", "2015, 2016 en 2017". */
    static String jaren(List<HistorischeReeks.Reeksjaar> jaren) {
        List<String> j = jaren.stream().map(x -> String.valueOf(x.jaar())).toList();
        return j.size() == 1 ? j.get(0) : String.join(", ", j.subList(0, j.size() - 1)) + " en " + j.get(j.size() - 1);
    }

    public Part getBestand() {
        return bestand;
    }

    public void setBestand(Part bestand) {
        this.bestand = bestand;
    }
}
