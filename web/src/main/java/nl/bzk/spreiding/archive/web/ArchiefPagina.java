package nl.bzk.spreiding.archive.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.archive.service.Archief;
import nl.bzk.spreiding.archive.service.Archiefketen;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.dossier.service.Briefdossiers;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.web.Foutvertaling;
import nl.bzk.spreiding.platform.web.Meldingen;

/**
 * The archivist's pages: search (a GET form, so a search can be bookmarked and shared) and one archived document
 * with its verification. Read-only: nothing on these pages changes data.
 */
@Named
@RequestScoped
public class ArchiefPagina {

    @Inject
    private Archief archief;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Archiefketen keten;

    private String soort;
    private Integer jaar;
    private String kamerstuk;
    private String van;
    private String tot;
    private String tekst;
    private List<Archiefstuk> resultaten = List.of();
    private Archiefstuk stuk;
    private Verificatierapport rapport;
    private List<Briefdossiers.Routegebeurtenis> route = List.of();

    @Inject
    private Briefdossiers dossiers;

    private Archiefketen.Ketenrapport ketenrapport;
    private transient Part bestand;
    private Verificatierapport uploadrapport;
    /** An uploaded PDF is checked in memory; larger than this is refused (the request limit is higher). */
    private static final int MAX_PDF = 5 * 1024 * 1024;

    @PostConstruct
    void laad() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        soort = Invoer.ingevuld(p.get("soort"));
        kamerstuk = Invoer.ingevuld(p.get("kamerstuk"));
        van = Invoer.ingevuld(p.get("van"));
        tot = Invoer.ingevuld(p.get("tot"));
        tekst = Invoer.ingevuld(p.get("tekst"));
        try {
            jaar = Invoer.ingevuld(p.get("jaar")) == null
                    ? null
                    : Integer.valueOf(p.get("jaar").strip());
        } catch (NumberFormatException e) {
            meldingen.fout("Jaar '" + p.get("jaar") + "' is geen jaartal.");
        }
        if (p.get("keten") != null) {
            ketenrapport = keten.controleerAlles();
        }
        if (p.get("id") != null) {
            try {
                stuk = archief.haal(Long.parseLong(p.get("id")));
                rapport = archief.verifieer(stuk.getId());
                route = dossiers.routeVanArchiefstuk(stuk.getId(), stuk.getDocumentId());
                vervanger = archief.vervanger(stuk.getId()).orElse(null);
                vervangen = stuk.getVervangt() == null ? null : archief.haal(stuk.getVervangt());
            } catch (NumberFormatException e) {
                bestaatNiet(p.get("id"));
            } catch (Fout e) {
                if (e.getSoort() == Fout.Soort.NIET_GEVONDEN) {
                    bestaatNiet(p.get("id"));
                } else {
                    // Busy (too many PDF checks at once) or a stored file that no longer passes: say so, not "gone".
                    meldingen.fout(e.getMessage());
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .setResponseStatus(Foutvertaling.vertaal(e).status());
                }
            }
            return;
        }
        try {
            vervangenDoor = archief.vervangenDoor();
            resultaten = archief.zoek(new Archief.Zoekvraag(soort, jaar, kamerstuk, datum(van), datum(tot), tekst));
        } catch (DateTimeParseException e) {
            meldingen.fout("Vul datums in als jjjj-mm-dd.");
        }
    }

    /** An id that is no number, or of no record: the page says so, with the status a link checker understands. */
    private void bestaatNiet(String id) {
        meldingen.fout("Archiefstuk '" + id + "' bestaat niet.");
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    /** Per replaced record the record that replaces it (issue 31). */
    private Map<Long, Long> vervangenDoor = Map.of();

    /** On a record's page: the record that replaces it and the one it replaces, each named by when it was signed. */
    private Archiefstuk vervanger;

    private Archiefstuk vervangen;

    /** The record that replaces {@code stuk}, or null: the old set stays in the archive, shown as vervangen. */
    public Long vervangenDoor(Archiefstuk stuk) {
        return vervangenDoor.get(stuk.getId());
    }

    public Archiefstuk getVervanger() {
        return vervanger;
    }

    public Archiefstuk getVervangen() {
        return vervangen;
    }

    public String soortNaam(String code) {
        try {
            return Documentsoort.valueOf(code).getLabel();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static LocalDate datum(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    public Documentsoort[] getSoorten() {
        return Documentsoort.values();
    }

    public String getSoort() {
        return soort;
    }

    public Integer getJaar() {
        return jaar;
    }

    public String getKamerstuk() {
        return kamerstuk;
    }

    public String getVan() {
        return van;
    }

    public String getTot() {
        return tot;
    }

    public String getTekst() {
        return tekst;
    }

    public List<Archiefstuk> getResultaten() {
        return resultaten;
    }

    public Archiefstuk getStuk() {
        return stuk;
    }

    public Verificatierapport getRapport() {
        return rapport;
    }
    /** The approval route of the letter set this record belongs to (empty for a record signed outside a dossier). */
    public List<Briefdossiers.Routegebeurtenis> getRoute() {
        return route;
    }

    /** Checks an uploaded PDF with EU DSS (a copy received by e-mail, say); nothing is stored. */
    public void controleer() {
        if (bestand == null || bestand.getSize() == 0) {
            meldingen.fout("Kies eerst een PDF-bestand.");
            return;
        }
        byte[] inhoud;
        try (InputStream in = bestand.getInputStream()) {
            inhoud = in.readNBytes(MAX_PDF + 1);
        } catch (IOException e) {
            meldingen.fout("Het bestand kon niet worden gelezen.");
            return;
        }
        if (inhoud.length > MAX_PDF) {
            meldingen.fout("Het bestand is groter dan 5 MB; zo'n groot document maakt deze toepassing niet.");
            return;
        }
        uploadrapport = meldingen.probeer(() -> archief.controleer(inhoud));
    }

    public Part getBestand() {
        return bestand;
    }

    public void setBestand(Part bestand) {
        this.bestand = bestand;
    }

    public Verificatierapport getUploadrapport() {
        return uploadrapport;
    }

    public Archiefketen.Ketenrapport getKetenrapport() {
        return ketenrapport;
    }
}
