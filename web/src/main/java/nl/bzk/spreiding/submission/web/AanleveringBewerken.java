package nl.bzk.spreiding.submission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;
import nl.bzk.spreiding.submission.service.Aanleveringen;
import nl.bzk.spreiding.submission.service.Overzicht;
import nl.bzk.spreiding.submission.service.RegelInvoer;
import nl.bzk.spreiding.submission.service.Rondes;

/** The ministry contact's submission page: grid, upload, template download, comparison and submit. */
@Named
@ViewScoped
public class AanleveringBewerken implements Serializable {

    @Inject
    private Aanleveringen aanleveringen;

    @Inject
    private Rondes rondes;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private Meldingen meldingen;

    private boolean leegBeginnen;
    private Integer jaar;
    private Long id;
    private long versie;
    private List<RijModel> rijen = new ArrayList<>();
    private transient Part bestand;
    private transient Overzicht overzicht;
    private transient Overzicht vorigJaarVan;
    private transient Map<String, BigDecimal> vorigJaarPerSleutel;
    private transient Map<String, String> onderdeelnamen;
    private transient List<Organisatieonderdeel> eigenOnderdelen;

    @PostConstruct
    void laad() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jaar");
        List<Ronde> alle = rondes.lijst();
        if (param != null && param.matches("\\d{4}")) {
            jaar = Integer.valueOf(param);
        } else {
            jaar = alle.stream()
                    .filter(r -> r.getStatus() == RondeStatus.OPEN)
                    .map(Ronde::getJaar)
                    .findFirst()
                    .orElse(alle.isEmpty() ? null : alle.get(0).getJaar());
        }
        herlaad();
    }

    private void herlaad() {
        overzicht = null;
        id = null;
        rijen = new ArrayList<>();
        if (jaar == null) {
            return;
        }
        aanleveringen.lijst(jaar).stream().findFirst().ifPresent(a -> {
            id = a.getId();
            overzicht = aanleveringen.overzicht(id);
            versie = overzicht.aanlevering().getVersion();
            overzicht.regels().forEach(r -> rijen.add(RijModel.van(r)));
        });
        nummer();
    }

    /**
     * Numbers the rows as the page shows them and the service reports them, after every change of the list (the
     * table's own row index did not reach the row's cells: every row read "1").
     */
    private void nummer() {
        for (int i = 0; i < rijen.size(); i++) {
            rijen.get(i).nummer(i + 1);
        }
    }

    /** Starts from last year's accepted lines unless the contact asked for an empty submission. */
    public String begin() {
        Aanlevering nieuw = meldingen.probeer(() -> aanleveringen.begin(jaar, !leegBeginnen));
        if (nieuw == null) {
            return null;
        }
        long regels = aanleveringen.overzicht(nieuw.getId()).regels().size();
        meldingen.naRedirect("De aanlevering voor " + jaar + " is aangemaakt"
                + (regels > 0
                        ? " met de " + regels
                                + " goedgekeurde regels van vorig jaar. Pas aan wat veranderd is, of lees "
                                + "een bestand in."
                        : ". Vul de regels in of lees een bestand in."));
        return opnieuw();
    }

    /** Post-redirect-get with the round in the address, so reloading the page shows the same submission. */
    private String opnieuw() {
        return "/ministerie/aanlevering?faces-redirect=true&jaar=" + jaar;
    }

    public void voegRijToe() {
        rijen.add(new RijModel());
        nummer();
        eerste = laatstePagina(); // the new row is at the end: show it
    }

    // ---- paging: a grid of thousands of rows (400 units x 13 provinces) shows PAGINA rows at a time ----

    /** Rows per page of the grid: enough for a ministry of some size, few enough to render and post quickly. */
    public static final int PAGINA = 100;

    /** Index of the first row on the page shown. */
    private int eerste;

    public int getEerste() {
        return Math.min(eerste, laatstePagina());
    }

    public int getPaginagrootte() {
        return PAGINA;
    }

    public boolean isGepagineerd() {
        return rijen.size() > PAGINA;
    }

    public int getPagina() {
        return getEerste() / PAGINA + 1;
    }

    public int getAantalPaginas() {
        return Math.max(1, (rijen.size() + PAGINA - 1) / PAGINA);
    }

    /** The form is posted, so what was typed on this page is kept; then the grid shows the next rows. */
    public void volgendePagina() {
        eerste = Math.min(getEerste() + PAGINA, laatstePagina());
    }

    public void vorigePagina() {
        eerste = Math.max(0, getEerste() - PAGINA);
    }

    private int laatstePagina() {
        return (getAantalPaginas() - 1) * PAGINA;
    }

    /** "Rij 101 tot en met 200 van 5.200" */
    public String getPaginabereik() {
        return "Rij " + (getEerste() + 1) + " tot en met " + Math.min(getEerste() + PAGINA, rijen.size()) + " van "
                + Nederlands.geheel(rijen.size());
    }

    // ---- inline messages and totals ----

    /** The findings of the last refused save or import that are about row {@code rij} (1 = the first row). */
    public String rijmelding(int rij) {
        return meldingen.getBevindingen().stream()
                .filter(b -> b.rij() != null && b.rij() == rij)
                .map(b -> (b.kolom() == null ? "" : b.kolom() + ": ") + b.melding())
                .collect(Collectors.joining("; "));
    }

    public boolean isRijmeldingen() {
        return meldingen.getBevindingen().stream().anyMatch(b -> b.rij() != null);
    }

    /** The FTE typed in all rows (all pages), as far as they are numbers: the page's totals before saving. */
    public Grid.Totalen getTotalen() {
        return Grid.totalen(rijen, getEerste(), PAGINA, onderdelenVanMinisterie());
    }

    public void verwijder(RijModel rij) {
        rijen.remove(rij);
        nummer();
    }

    public String opslaan() {
        List<RegelInvoer> invoer = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            invoer.add(rijen.get(i).invoer(i + 1));
        }
        if (meldingen.probeer(() -> aanleveringen.vervangRegels(id, versie, invoer)) == null) {
            // Show the page with the first row in error; its message stands in the row.
            meldingen.getBevindingen().stream()
                    .filter(b -> b.rij() != null)
                    .findFirst()
                    .ifPresent(b -> eerste = (b.rij() - 1) / PAGINA * PAGINA);
            return null;
        }
        meldingen.naRedirect("De regels zijn opgeslagen.");
        return opnieuw();
    }

    public String importeer() throws IOException {
        Gekozenbestand gekozen = Gekozenbestand.van(bestand);
        if (gekozen == null) {
            meldingen.fout("Kies eerst een CSV- of XLSX-bestand.");
            return null;
        }
        if (meldingen.probeer(() ->
                        aanleveringen.importeer(id, versie, gekozen.naam(), gekozen.mediaType(), gekozen.inhoud()))
                == null) {
            return null;
        }
        meldingen.naRedirect("Het bestand " + gekozen.naam() + " is ingelezen: "
                + aanleveringen.regels(id).size() + " regels.");
        return opnieuw();
    }

    public String indienen() {
        Aanlevering ingediend = meldingen.probeer(() -> aanleveringen.dienIn(id, versie));
        if (ingediend == null) {
            return null;
        }
        meldingen.naRedirect(
                ingediend.isTeLaat()
                        ? "De aanlevering is ingediend, na de deadline."
                        : "De aanlevering is ingediend bij BZK.");
        return opnieuw();
    }

    public Overzicht getOverzicht() {
        if (overzicht == null && id != null) {
            overzicht = aanleveringen.overzicht(id);
        }
        return overzicht;
    }

    /**
     * Last year's accepted FTE of the row's unit and province (all municipalities together, as the comparison
     * counts), shown beside the input; null when there was none.
     */
    public BigDecimal vorigJaar(RijModel rij) {
        if (getOverzicht() == null || rij.getOnderdeel() == null || rij.getProvincie() == null) {
            return null;
        }
        if (vorigJaarVan != overzicht) {
            // One map per overview: a grid of thousands of rows looks each row up, not through the whole list.
            vorigJaarPerSleutel = new HashMap<>();
            overzicht
                    .verschillen()
                    .forEach(v -> vorigJaarPerSleutel.put(v.onderdeel() + "|" + v.provincie(), v.vorigJaar()));
            vorigJaarVan = overzicht;
        }
        return vorigJaarPerSleutel.get(rij.getOnderdeel() + "|" + rij.getProvincie());
    }

    public boolean isLeegBeginnen() {
        return leegBeginnen;
    }

    public void setLeegBeginnen(boolean leegBeginnen) {
        this.leegBeginnen = leegBeginnen;
    }

    public boolean isBewerkbaar() {
        return getOverzicht() != null && overzicht.aanlevering().isBewerkbaar();
    }

    public List<Ronde> getRondes() {
        return rondes.lijst();
    }

    public Ronde getRonde() {
        return jaar == null ? null : rondes.haal(jaar);
    }

    /** The ministry's units, active or not, read once per view: the list of new rows, names and totals use them. */
    private List<Organisatieonderdeel> onderdelenVanMinisterie() {
        if (eigenOnderdelen == null) {
            eigenOnderdelen =
                    referentie.onderdelen(gebruikers.ingelogd().getMinisterie().getCode());
        }
        return eigenOnderdelen;
    }

    public List<Organisatieonderdeel> getOnderdelen() {
        return onderdelenVanMinisterie().stream()
                .filter(Organisatieonderdeel::isActief)
                .sorted(Comparator.comparing(Organisatieonderdeel::getCode))
                .toList();
    }

    /** The name of one of the ministry's units, active or not (a saved line may name one no longer active). */
    public String onderdeelnaam(String code) {
        if (onderdeelnamen == null) {
            onderdeelnamen = new HashMap<>();
            onderdelenVanMinisterie()
                    .forEach(o -> onderdeelnamen.put(o.getCode(), o.benaming().volledigeNaam()));
        }
        return onderdeelnamen.getOrDefault(code, code);
    }

    public List<Provincie> getProvincies() {
        return referentie.provincies();
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public Long getId() {
        return id;
    }

    public List<RijModel> getRijen() {
        return rijen;
    }

    public Part getBestand() {
        return bestand;
    }

    public void setBestand(Part bestand) {
        this.bestand = bestand;
    }
}
