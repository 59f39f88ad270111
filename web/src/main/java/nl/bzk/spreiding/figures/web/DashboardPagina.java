package nl.bzk.spreiding.figures.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bzk.spreiding.documents.opmaak.Kaartvlakken;
import nl.bzk.spreiding.documents.service.Kaartgeometrie;
import nl.bzk.spreiding.documents.service.Kernzin;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Cijfercache;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Cijfers;
import nl.bzk.spreiding.figures.service.Cijfertabellen;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dimensie;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.web.Bewaard;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Sector;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.referentie.web.Benamingen;

/**
 * The dashboard: the figures of a year as the letter would print them, with tables and the development over the years.
 * Per request: the page is a GET form without postbacks, and a view-scoped bean would sit in the session for every
 * page view (copied on every request, the application being distributable).
 */
@Named
@RequestScoped
public class DashboardPagina {

    @Inject
    private Dashboard dashboard;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Benamingen benamingen;

    @Inject
    private Kaartgeometrie kaartgeometrie;

    @Inject
    private Cijfercache cache;

    private Integer jaar;
    private String sector;
    private String ministerie;
    private Dashboard.Beeld beeld;
    private List<Staaf> ontwikkeling;
    private Kaartvlakken.Kaart kaart;
    private Dimensie per;
    private List<Integer> jaren;
    private String kernzin;
    private List<Sector> sectoren;
    private List<Ministerie> ministeries;
    private Dashboard.Ontwikkeling ontwikkelingPer;
    private Lijngrafiek.Grafiek grafiek;

    /** What the development can be shown per, with the word the page uses. */
    public record Keuze(String waarde, String label) {}

    private static final List<Keuze> PER = List.of(
            new Keuze("provincie", "provincie"), new Keuze("sector", "sector"), new Keuze("ministerie", "ministerie"));

    /** A bar of the chart: the year, its total and its height in percent of the largest. */
    /**
     * A bar of the totals chart: {@code x} and {@code breedte} in the chart's 1100 units, shared by however many years
     * there are (a long historical series narrows the bars; the values stand above them only while they fit).
     */
    public record Staaf(int jaar, String fte, int hoogte, int x, int breedte, boolean metWaarde) {
        public int midden() {
            return x + breedte / 2;
        }
    }

    /** The chart's width for the bars, and the widest a bar gets (the few-years look of before). */
    private static final int GRAFIEKBREEDTE = 1080;

    private static final int STAAFVAK_MAXIMAAL = 110;

    @PostConstruct
    void laad() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        jaar = p.get("jaar") != null && p.get("jaar").matches("\\d{4}")
                ? Integer.valueOf(p.get("jaar"))
                : dashboard.standaardJaar(); // the last definitief year (issue 31)
        sector = Invoer.code(p.get("sector"));
        ministerie = Invoer.code(p.get("ministerie"));
        per = PER.stream()
                .filter(k -> k.waarde().equals(p.get("per")))
                .findFirst()
                .map(k -> Dimensie.valueOf(k.waarde().toUpperCase(Locale.ROOT)))
                .orElse(Dimensie.PROVINCIE);
    }

    /** Before the page renders: reads the picture, so a refusal is a message at the top of the page. */
    public void voorbereiden() {
        getBeeld();
    }

    /** The development since the first year with figures, per province, sector or ministry (all years, one query). */
    public Dashboard.Ontwikkeling getOntwikkelingPer() {
        if (ontwikkelingPer == null) {
            ontwikkelingPer =
                    meldingen.probeer(() -> dashboard.ontwikkeling(per, new Cijfers.Filter(sector, ministerie)));
        }
        return ontwikkelingPer;
    }

    public Lijngrafiek.Grafiek getGrafiek() {
        if (grafiek == null && getOntwikkelingPer() != null) {
            grafiek = Lijngrafiek.van(getOntwikkelingPer());
        }
        return grafiek;
    }

    public List<Keuze> getPerKeuzes() {
        return PER;
    }

    public String getPer() {
        return per.name().toLowerCase(Locale.ROOT);
    }

    public Dashboard.Beeld getBeeld() {
        if (beeld == null && jaar != null) {
            beeld = meldingen.probeer(() -> dashboard.beeld(jaar, new Cijfers.Filter(sector, ministerie)));
        }
        return beeld;
    }

    /**
     * Where the figures part of the page is kept, rendered once per picture and development view (docs/benchmarks.md):
     * under the picture's key, which holds the caller's rights, so it is emptied with the picture when the figures
     * change. None when there is no picture (the page then says why, as a message, and renders as usual).
     */
    public Bewaard.Bewaarplaats getBewaarplaats() {
        if (getBeeld() == null) {
            return null;
        }
        Cijfercache.Sleutel sleutel = dashboard.beeldsleutel(jaar, new Cijfers.Filter(sector, ministerie));
        String soort = "dashboard/" + getPer();
        return maak -> cache.haalWeergave(sleutel, soort, maak);
    }

    /**
     * The choropleth of the provinces: growth in percent against the previous year, or FTE when there is no
     * previous year. The same geometry, classes and colours as the maps in Bijlage 1.
     */
    public Kaartvlakken.Kaart getKaart() {
        Dashboard.Beeld b = getBeeld();
        if (b == null) {
            return null;
        }
        if (kaart != null) {
            return kaart;
        }
        boolean groei = b.vorigJaar() != null;
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        Map<String, String> teksten = new LinkedHashMap<>();
        for (Dashboard.ProvincieBeeld p : b.perProvincie()) {
            BigDecimal w = groei ? p.cijfers().groeiProcent() : p.cijfers().ditJaar();
            if (w != null) {
                waarden.put(p.cijfers().sleutel(), w);
                teksten.put(p.cijfers().sleutel(), groei ? procent(w) : fte(w));
            }
        }
        waarden.keySet().retainAll(kaartgeometrie.geometrie().gebieden().keySet());
        kaart = Kaartvlakken.bereken(kaartgeometrie.geometrie(), waarden, teksten, groei ? "procent" : "fte", 420);
        return kaart;
    }

    public String getKaartTitel() {
        Dashboard.Beeld b = getBeeld();
        return b == null
                ? ""
                : b.vorigJaar() != null
                        ? "Groei per provincie in " + b.vorigJaar() + " (procent)"
                        : "Rijkswerkgelegenheid per provincie op 1 januari " + b.jaar() + " (fte)";
    }

    /**
     * The opening sentences of "Uitkomsten inventarisatie", in the letter's words: filled from the letter's template
     * fragment once per picture and kept with it (it builds the figures part of a snapshot and compiles the fragment).
     */
    public String getKernzin() {
        if (kernzin == null) {
            kernzin = getBeeld() == null
                    ? ""
                    : dashboard.tekst(
                            jaar,
                            new Cijfers.Filter(sector, ministerie),
                            "kernzin",
                            b -> Kernzin.van(b, sector != null || ministerie != null));
        }
        return kernzin;
    }

    /** Whether the units behind the prognosis are known to this user (ministry detail) and there are any. */
    public boolean isPrognoseToegelicht() {
        Dashboard.Beeld b = getBeeld();
        return b != null
                && b.perProvincie().stream()
                        .anyMatch(p -> !p.prognoseBijdragen().isEmpty()
                                || !p.prognoseAfnames().isEmpty());
    }

    public String bijdragen(List<Dashboard.Bijdrage> bijdragen) {
        return Cijfertabellen.noem(bijdragen);
    }

    /** A motion's outcome per province by name: "Fryslân: voldaan; Drenthe: niet voldaan". */
    public String toetsPerProvincie(Cijferoverzicht.Toets t) {
        return t.perProvincie().entrySet().stream()
                .map(e -> benamingen.provincie(e.getKey()) + ": " + (e.getValue() ? "voldaan" : "niet voldaan"))
                .collect(Collectors.joining("; "));
    }

    public String sectorNaam(String code) {
        return benamingen.sector(code);
    }

    public String ministerieNaam(String code) {
        return benamingen.ministerie(code);
    }

    public String fte(BigDecimal waarde) {
        return waarde == null ? "" : Afronding.fte(waarde);
    }

    public String procent(BigDecimal waarde) {
        return waarde == null ? "–" : Afronding.procent(waarde);
    }

    public List<Staaf> getOntwikkeling() {
        if (ontwikkeling == null) {
            ontwikkeling = new ArrayList<>();
            Map<Integer, BigDecimal> totalen =
                    meldingen.probeer(() -> dashboard.totaalPerJaar(new Cijfers.Filter(sector, ministerie)));
            if (totalen == null) {
                return ontwikkeling;
            }
            BigDecimal max =
                    totalen.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
            int vak = Math.min(STAAFVAK_MAXIMAAL, GRAFIEKBREEDTE / Math.max(1, totalen.size()));
            totalen.forEach((j, totaal) -> ontwikkeling.add(new Staaf(
                    j,
                    Afronding.fte(totaal),
                    max.signum() == 0
                            ? 0
                            : totaal.multiply(BigDecimal.valueOf(100))
                                    .divide(max, 0, RoundingMode.HALF_UP)
                                    .intValue(),
                    10 + ontwikkeling.size() * vak + vak / 8,
                    vak * 3 / 4,
                    vak >= 70)));
        }
        return ontwikkeling;
    }

    // The filter lists are read once per view: JSF asks for them more than once while rendering.
    /** "2026 (voorlopig)" in the year list: a provisional year is chosen knowingly (issue 31). */
    public String jaarlabel(int j) {
        return dashboard.jaarstatus(j).definitief() ? String.valueOf(j) : j + " (voorlopig)";
    }

    public List<Integer> getJaren() {
        if (jaren == null) {
            jaren = dashboard.jaren();
        }
        return jaren;
    }

    public List<Sector> getSectoren() {
        if (sectoren == null) {
            sectoren = referentie.sectoren();
        }
        return sectoren;
    }

    public List<Ministerie> getMinisteries() {
        if (ministeries == null) {
            ministeries = referentie.ministeries();
        }
        return ministeries;
    }

    public Integer getJaar() {
        return jaar;
    }

    public String getSector() {
        return sector;
    }

    public String getMinisterie() {
        return ministerie;
    }
}
