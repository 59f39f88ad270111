package nl.bzk.spreiding.documents.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.documents.entity.Documentsjabloon;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.documents.service.Documentsjablonen;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.security.web.Ingelogd;

/**
 * BZK edits a document template: open a version, change the text, preview it with the current data, save it as a new
 * version and activate it. Saving refuses a template that does not produce a complete document.
 */
@Named
@ViewScoped
public class SjablonenPagina implements Serializable {

    @Inject
    private Documentsjablonen sjablonen;

    @Inject
    private Documentgenerator generator;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Ingelogd ingelogd;

    private Documentsoort soort = Documentsoort.KAMERBRIEF;
    private int geopendeVersie;
    private int vanafVersie;

    @Vrijetekst(max = 1_000_000)
    private String tekst;

    @Vrijetekst
    private String toelichting;

    private transient List<Documentsjabloon> versies;

    @PostConstruct
    void laad() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (p.get("soort") != null) {
            try {
                soort = Documentsoort.valueOf(p.get("soort"));
            } catch (IllegalArgumentException e) {
                meldingen.fout("Onbekende documentsoort '" + p.get("soort") + "'; de Kamerbrief wordt getoond.");
            }
        }
        List<Documentsjabloon> versies = sjablonen.versies(soort);
        vanafVersie = versies.isEmpty() ? 0 : versies.get(0).getVersie();
        Documentsjabloon open = versies.stream()
                .filter(v ->
                        p.get("versie") != null && String.valueOf(v.getVersie()).equals(p.get("versie")))
                .findFirst()
                .orElseGet(() -> versies.stream()
                        .filter(v -> v.getStatus().name().equals("ACTIEF"))
                        .findFirst()
                        .orElse(versies.isEmpty() ? null : versies.get(0)));
        if (open != null) {
            tekst = open.getTekst();
            geopendeVersie = open.getVersie();
        }
    }

    public void voorbeeld() {
        byte[] pdf = meldingen.probeer(() -> generator.voorbeeld(
                new Documentgenerator.Verzoek(soort, null, null, null, "", "", "", null, null, null), tekst));
        if (pdf != null) {
            Pdfantwoord.stuur(
                    pdf,
                    "voorbeeld-sjabloon-"
                            + soort.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf");
        }
    }

    public String bewaar() {
        Documentsjabloon s = meldingen.probeer(() -> sjablonen.bewaar(soort, tekst, toelichting, vanafVersie));
        if (s == null) {
            return null;
        }
        meldingen.naRedirect("Versie " + s.getVersie()
                + " is bewaard als concept. Activeer deze versie om haar standaard te gebruiken.");
        return "/bzk/sjablonen?faces-redirect=true&soort=" + soort + "&versie=" + s.getVersie();
    }

    /** Why the signed-in coordinator may not activate this version (the entity's four-eyes rule), or null. */
    public String waaromNietActiveren(Documentsjabloon versie) {
        return versie.waaromNietActiveren(ingelogd.getGebruiker().getGebruikersnaam());
    }

    public String activeer(Documentsjabloon versie) {
        Documentsjabloon s = meldingen.probeer(() -> sjablonen.activeer(versie.getId(), versie.getVersion()));
        if (s == null) {
            return null;
        }
        meldingen.naRedirect("Versie " + s.getVersie() + " is nu het actieve sjabloon voor " + soort.getLabel() + ".");
        return "/bzk/sjablonen?faces-redirect=true&soort=" + soort + "&versie=" + s.getVersie();
    }

    public String moment(Documentsjabloon s) {
        return Nederlands.momentKort(s.getGemaaktOp());
    }

    /** Shown in the help text; written here because Facelets would evaluate it as an expression. */
    public String getVoorbeeldExpressie() {
        return "${cijfers.totaal.tekst}";
    }

    public List<Documentsjabloon> getVersies() {
        if (versies == null) {
            versies = sjablonen.versies(soort);
        }
        return versies;
    }

    public Documentsoort[] getSoorten() {
        return Documentsoort.values();
    }

    public Documentsoort getSoort() {
        return soort;
    }

    public int getGeopendeVersie() {
        return geopendeVersie;
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
