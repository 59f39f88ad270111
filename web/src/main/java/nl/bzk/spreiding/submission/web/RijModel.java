package nl.bzk.spreiding.submission.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.submission.entity.AanleveringRegel;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.service.RegelInvoer;

/** One editable row of the submission grid; values stay text until the service checks them. */
public class RijModel implements Serializable {

    @Regeltekst
    private String onderdeel;

    @Regeltekst
    private String provincie;

    @Regeltekst
    private String gemeente;

    @Regeltekst
    private String fte;
    /** Room for the longest horizon; the grid shows as many as the round asks for. */
    private final String[] prognose = new String[Ronde.MAXIMAAL_PROGNOSEJAREN];

    @Vrijetekst
    private String toelichting;

    /** A saved line: its unit is fixed on the page (a new row chooses one). */
    private boolean vast;

    /** The row's number as shown (1 = the first row), kept current by the page as rows come and go. */
    private int nummer;

    public static RijModel van(AanleveringRegel r) {
        RijModel rij = new RijModel();
        rij.onderdeel = r.getOnderdeel().getCode();
        rij.vast = true;
        rij.provincie = r.getProvincie().getCode();
        rij.gemeente = r.getGemeente();
        rij.fte = tekst(r.getFte());
        List<BigDecimal> p = r.getPrognose();
        for (int i = 0; i < p.size(); i++) {
            rij.prognose[i] = tekst(p.get(i));
        }
        rij.toelichting = r.getToelichting();
        return rij;
    }

    RegelInvoer invoer(int rij) {
        return new RegelInvoer(rij, onderdeel, provincie, gemeente, fte, Arrays.asList(prognose), toelichting);
    }

    private static String tekst(BigDecimal waarde) {
        return waarde == null ? null : Nederlands.invoer(waarde);
    }

    public boolean isVast() {
        return vast;
    }

    public int getNummer() {
        return nummer;
    }

    void nummer(int nummer) {
        this.nummer = nummer;
    }

    public String getOnderdeel() {
        return onderdeel;
    }

    public void setOnderdeel(String onderdeel) {
        this.onderdeel = onderdeel;
    }

    public String getProvincie() {
        return provincie;
    }

    public void setProvincie(String provincie) {
        this.provincie = provincie;
    }

    public String getGemeente() {
        return gemeente;
    }

    public void setGemeente(String gemeente) {
        this.gemeente = gemeente;
    }

    public String getFte() {
        return fte;
    }

    public void setFte(String fte) {
        this.fte = fte;
    }

    public String[] getPrognose() {
        return prognose;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
