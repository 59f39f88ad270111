package nl.bzk.spreiding.documents.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.archive.service.Archief;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.Documentsjabloon;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.service.Documenten;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.documents.service.Documentsjablonen;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.web.Meldingen;

/** BZK generates the letter set: choose year, period and letter details, preview, generate; the list of documents. */
@Named
@ViewScoped
public class DocumentenPagina implements Serializable {

    /** The choice "the whole set" in the type list. */
    public static final String SET = "SET";

    @Inject
    private Documentgenerator generator;

    @Inject
    private Documenten documenten;

    @Inject
    private Documentsjablonen sjablonen;

    @Inject
    private Dashboard dashboard;

    @Inject
    private Actieplan actieplan;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Archief archief;

    private Map<Long, Long> gearchiveerd;
    // Read once per view: every action redirects to a new view, so the list is never stale.
    private transient List<Document> lijst;

    @Regeltekst
    private String soort = SET;

    private Integer jaar;

    @Regeltekst
    private String periode;

    @Regeltekst
    private String kamerstuk;

    @Regeltekst
    private String vergaderjaar;

    @Regeltekst
    private String kenmerk;

    private LocalDate datum = LocalDate.now(Tijd.ZONE);

    @Regeltekst
    private String ondertekenaar;

    @Regeltekst
    private String ondertekenaarNaam;

    private Long sjabloonId;

    @PostConstruct
    void laad() {
        List<Integer> jaren = dashboard.jaren();
        jaar = jaren.isEmpty() ? null : jaren.get(jaren.size() - 1);
        List<Rapportageperiode> p = actieplan.periodes();
        periode = p.isEmpty() ? null : p.get(0).getNaam();
        if (jaar != null) {
            vergaderjaar = jaar + "-" + (jaar + 1);
        }
    }

    private Documentgenerator.Verzoek verzoek(Documentsoort s) {
        return new Documentgenerator.Verzoek(
                s,
                jaar,
                periode,
                s == null ? null : sjabloonId,
                kamerstuk,
                vergaderjaar,
                kenmerk,
                datum,
                ondertekenaar,
                ondertekenaarNaam);
    }

    public String maak() {
        if (SET.equals(soort)) {
            if (sjabloonId != null) {
                meldingen.fout(
                        "Een andere sjabloonversie kiest u per document; voor de hele set gelden de actieve sjablonen.");
                return null;
            }
            List<Documentgenerator.Gegenereerd> set = meldingen.probeer(() -> generator.genereerSet(verzoek(null)));
            if (set == null) {
                return null;
            }
            long nieuw = set.stream().filter(g -> !g.bestondAl()).count();
            meldingen.naRedirect(
                    nieuw == 0
                            ? "Deze set bestond al met dezelfde sjablonen en gegevens; er is niets nieuws gemaakt."
                            : "De set is gemaakt: " + nieuw + " concept" + (nieuw == 1 ? "" : "en")
                                    + " (Kamerbrief, bijlage 1, bijlage 2, beslisnota).");
        } else {
            Documentgenerator.Gegenereerd g =
                    meldingen.probeer(() -> generator.genereer(verzoek(Documentsoort.valueOf(soort))));
            if (g == null) {
                return null;
            }
            meldingen.naRedirect(
                    g.bestondAl()
                            ? "Dit document bestond al met hetzelfde sjabloon en dezelfde gegevens: "
                                    + g.document().getTitel()
                            : "Gemaakt: " + g.document().getTitel() + " (concept).");
        }
        return "/bzk/documenten?faces-redirect=true";
    }

    public void voorbeeld() {
        if (SET.equals(soort)) {
            meldingen.fout("Kies één documentsoort voor een voorbeeld.");
            return;
        }
        byte[] pdf = meldingen.probeer(() -> generator.voorbeeld(verzoek(Documentsoort.valueOf(soort)), null));
        if (pdf != null) {
            Pdfantwoord.stuur(pdf, "voorbeeld-" + soort.toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf");
        }
    }

    public String stelVast(Document d) {
        var stuk = meldingen.probeer(() -> archief.stelVast(d.getId(), d.getVersion(), null));
        if (stuk == null) {
            return null;
        }
        meldingen.naRedirect("Vastgesteld en ondertekend: " + stuk.getTitel() + ". Het document staat in het archief.");
        return "/bzk/documenten?faces-redirect=true";
    }

    /** The archive record of a finalised document, or null. */
    public Long archiefstuk(Document d) {
        if (gearchiveerd == null) {
            gearchiveerd = archief.perDocument();
        }
        return gearchiveerd.get(d.getId());
    }

    public List<Document> getDocumenten() {
        if (lijst == null) {
            lijst = documenten.lijst(null, null);
        }
        return lijst;
    }

    public String moment(Document d) {
        return Nederlands.momentKort(d.getGemaaktOp());
    }

    /** Every template version, for generating with another than the active one (only for a single document). */
    public List<Documentsjabloon> getSjabloonversies() {
        return sjablonen.versies(null);
    }

    public Long getSjabloonId() {
        return sjabloonId;
    }

    public void setSjabloonId(Long sjabloonId) {
        this.sjabloonId = sjabloonId;
    }

    public Documentsoort[] getSoorten() {
        return Documentsoort.values();
    }

    public List<Integer> getJaren() {
        return dashboard.jaren();
    }

    public List<Rapportageperiode> getPeriodes() {
        return actieplan.periodes();
    }

    public String getSoort() {
        return soort;
    }

    public void setSoort(String soort) {
        this.soort = soort;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public String getPeriode() {
        return periode;
    }

    public void setPeriode(String periode) {
        this.periode = periode;
    }

    public String getKamerstuk() {
        return kamerstuk;
    }

    public void setKamerstuk(String kamerstuk) {
        this.kamerstuk = kamerstuk;
    }

    public String getVergaderjaar() {
        return vergaderjaar;
    }

    public void setVergaderjaar(String vergaderjaar) {
        this.vergaderjaar = vergaderjaar;
    }

    public String getKenmerk() {
        return kenmerk;
    }

    public void setKenmerk(String kenmerk) {
        this.kenmerk = kenmerk;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getOndertekenaar() {
        return ondertekenaar;
    }

    public void setOndertekenaar(String ondertekenaar) {
        this.ondertekenaar = ondertekenaar;
    }

    public String getOndertekenaarNaam() {
        return ondertekenaarNaam;
    }

    public void setOndertekenaarNaam(String ondertekenaarNaam) {
        this.ondertekenaarNaam = ondertekenaarNaam;
    }
}
