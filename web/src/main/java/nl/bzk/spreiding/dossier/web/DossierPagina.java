package nl.bzk.spreiding.dossier.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.dossier.entity.Beoordeling;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.entity.Deelnemer;
import nl.bzk.spreiding.dossier.entity.DossierStatus;
import nl.bzk.spreiding.dossier.entity.Dossierversie;
import nl.bzk.spreiding.dossier.entity.Opmerking;
import nl.bzk.spreiding.dossier.entity.Tekstblok;
import nl.bzk.spreiding.dossier.service.Briefdossiers;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * One year's letter dossier: texts, versions and their differences, the route with its decisions, and the actions the
 * signed-in user may take now. What is allowed is asked of the dossier; every action goes through {@link Briefdossiers}.
 */
@Named
@ViewScoped
public class DossierPagina implements Serializable {

    @Inject
    private transient Briefdossiers dossiers;

    @Inject
    private Meldingen meldingen;

    @Inject
    private transient SecurityContext security;

    private int jaar;
    private transient Briefdossier dossier;

    private transient Deelnemer deelnemer;
    private transient List<Dossierversie> versies = List.of();
    private transient List<Beoordeling> beoordelingen = List.of();
    private final Map<Tekstblok, String> teksten = new EnumMap<>(Tekstblok.class);

    // the letter's details (issue 31)
    @Regeltekst(max = 60)
    private String kamerstuk;

    @Regeltekst(max = 20)
    private String vergaderjaar;

    @Regeltekst(max = 60)
    private String kenmerk;

    @Regeltekst(max = 300)
    private String betreft;

    private LocalDate briefdatum;

    @Regeltekst(max = 100)
    private String ondertekenaar;

    private long versieSlot;
    private final List<OpmerkingInvoer> opmerkingen = new ArrayList<>();
    private Integer van;
    private Integer naar;
    private transient List<Briefdossiers.Documentverschil> verschil;

    /** One comment row of the review form. */
    public static class OpmerkingInvoer implements Serializable {
        @Regeltekst
        private String onderwerp = Opmerking.ALGEMEEN;

        @Vrijetekst
        private String tekst;

        public String getOnderwerp() {
            return onderwerp;
        }

        public void setOnderwerp(String onderwerp) {
            this.onderwerp = onderwerp;
        }

        public String getTekst() {
            return tekst;
        }

        public void setTekst(String tekst) {
            this.tekst = tekst;
        }
    }

    @PostConstruct
    void laad() {
        String p = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jaar");
        try {
            jaar = Integer.parseInt(p == null ? "" : p.strip());
            lees();
        } catch (NumberFormatException | Fout e) {
            meldingen.fout(e instanceof Fout f ? f.getMessage() : "Geef het jaar van het briefdossier.");
            return;
        }
        for (Tekstblok b : Tekstblok.values()) {
            teksten.put(b, dossier.tekst(b));
        }
        versieSlot = dossier.getVersion();
        kamerstuk = dossier.getKamerstuk();
        vergaderjaar = dossier.getVergaderjaar();
        kenmerk = dossier.getKenmerk();
        betreft = dossier.getBetreft() != null
                ? dossier.getBetreft()
                : "Stand van zaken spreiding rijkswerkgelegenheid " + dossier.getJaar();
        briefdatum = dossier.getBriefdatum();
        ondertekenaar = dossier.getOndertekenaar();
        for (int i = 0; i < 3; i++) {
            opmerkingen.add(new OpmerkingInvoer());
        }
        if (versies.size() >= 2) {
            naar = versies.get(0).getNummer();
            van = versies.get(1).getNummer();
        }
    }

    private void lees() {
        dossier = dossiers.haal(jaar);
        versies = dossiers.versies(dossier);
        beoordelingen = dossiers.beoordelingen(dossier);
    }

    private Briefdossier dossier() {
        if (dossier == null && jaar != 0) {
            lees();
        }
        return dossier;
    }

    // --- what the user may do now
    // -------------------------------------------------------------------------------------

    /** The caller as the route's rules see them; asked once per request. */
    private Deelnemer deelnemer() {
        if (deelnemer == null) {
            deelnemer = dossiers.deelnemer();
        }
        return deelnemer;
    }

    public Dossierversie getHuidige() {
        return getVersies().stream()
                .filter(v -> v.getNummer() == dossier().getHuidigeVersie())
                .findFirst()
                .orElse(null);
    }

    public boolean isOpsteller() {
        return security.isCallerInRole(Rol.BZK_COORDINATOR_NAAM);
    }

    public boolean isBewerkbaar() {
        return dossier() != null && isOpsteller() && dossier().isInBewerking();
    }

    public boolean isIndienbaar() {
        return isBewerkbaar()
                && dossier().getHuidigeVersie() > 0
                && dossier().getBewerkers().isEmpty()
                && !dossier().isTeruggestuurd();
    }

    public boolean isBeoordeelbaar() {
        return dossier() != null && dossier().magBeoordelen(getHuidige(), deelnemer());
    }

    /** In review, but not for this user: says why (four-eyes, another step's turn), as the command would refuse. */
    public String getWaaromNietBeoordelen() {
        if (dossier() == null || dossier().getHuidigeStap() == null) {
            return null;
        }
        Fout waarom = dossier().waaromNietBeoordelen(getHuidige(), deelnemer());
        return waarom == null ? null : waarom.getMessage() + ".";
    }

    public boolean isOndertekenbaar() {
        return dossier() != null
                && getHuidige() != null
                && dossier().magOndertekenen(getHuidige(), deelnemer(), geparafeerd());
    }

    /** Why a signer may not sign the approved version (they wrote or approved it), for the page; null otherwise. */
    public String getWaaromNietOndertekenen() {
        if (dossier() == null
                || getHuidige() == null
                || dossier().getStatus() != DossierStatus.GOEDGEKEURD
                || !deelnemer().rollen().contains(Rol.ONDERTEKENAAR)) {
            return null;
        }
        Fout waarom = dossier().waaromNietOndertekenen(getHuidige(), deelnemer(), geparafeerd());
        return waarom == null ? null : waarom.getMessage();
    }

    private Set<String> geparafeerd() {
        return Beoordeling.geparafeerd(getBeoordelingen(), getHuidige().getNummer());
    }

    // --- actions
    // ------------------------------------------------------------------------------------------------------

    public String bewaarTeksten() {
        Long slot = versieSlot;
        int gewijzigd = 0;
        for (Tekstblok b : Tekstblok.values()) {
            String nieuw = teksten.get(b) == null ? "" : teksten.get(b).strip();
            if (!nieuw.equals(dossier().tekst(b))) {
                final long s = slot;
                Briefdossier d = meldingen.probeer(() -> dossiers.wijzigTekst(jaar, s, b, nieuw));
                if (d == null) {
                    return null;
                }
                slot = d.getVersion();
                gewijzigd++;
            }
        }
        return terug(
                gewijzigd == 0
                        ? "Er was niets gewijzigd."
                        : gewijzigd == 1 ? "Het tekstblok is bewaard." : gewijzigd + " tekstblokken zijn bewaard.");
    }

    public String bewaarBriefgegevens() {
        Briefdossier d = meldingen.probeer(() -> dossiers.wijzigBriefgegevens(
                jaar,
                versieSlot,
                new Briefdossiers.Briefgegevensinvoer(
                        kamerstuk, vergaderjaar, kenmerk, betreft, briefdatum, ondertekenaar)));
        return d == null
                ? null
                : terug("De briefgegevens zijn bewaard."
                        + (d.getHuidigeVersie() > 0 ? " Maak een nieuwe versie om ze in de brief te zien." : ""));
    }

    /** The accounts that can sign, for the choice of signatory. */
    public List<Gebruiker> getOndertekenaars() {
        return dossiers.ondertekenaars();
    }

    /** What the letter still needs before it can go the route, in a sentence; null when complete. */
    public String getOntbrekendeBriefgegevens() {
        List<String> mist = dossier() == null ? List.of() : dossier().ontbrekendeBriefgegevens();
        return mist.isEmpty() ? null : "Nodig voor het indienen: " + Nederlands.opsomming(mist) + ".";
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

    public String getBetreft() {
        return betreft;
    }

    public void setBetreft(String betreft) {
        this.betreft = betreft;
    }

    public LocalDate getBriefdatum() {
        return briefdatum;
    }

    public void setBriefdatum(LocalDate briefdatum) {
        this.briefdatum = briefdatum;
    }

    public String getOndertekenaar() {
        return ondertekenaar;
    }

    public void setOndertekenaar(String ondertekenaar) {
        this.ondertekenaar = ondertekenaar;
    }

    /** Why the signed set is replaced (issue 31). */
    @Vrijetekst
    private String vervangingsreden;

    /** A coordinator may open a replacement for a signed dossier (the dossier's own rule says whether now). */
    public boolean isVervangbaar() {
        return dossier() != null && isOpsteller() && dossier().waaromNietVervangbaar() == null;
    }

    /** Opens the replacing set (issue 31): a new dossier of the year that goes the same route. */
    public String vervang() {
        Briefdossier d = meldingen.probeer(() -> dossiers.vervang(jaar, vervangingsreden));
        return d == null
                ? null
                : terug("Er is een vervangende set geopend voor " + jaar
                        + ": pas de teksten en briefgegevens aan, maak "
                        + "een versie en dien haar in. De ondertekende set blijft in het archief tot de vervanging is "
                        + "ondertekend.");
    }

    public String getVervangingsreden() {
        return vervangingsreden;
    }

    public void setVervangingsreden(String vervangingsreden) {
        this.vervangingsreden = vervangingsreden;
    }

    public String maakVersie() {
        Dossierversie v = meldingen.probeer(() -> dossiers.maakVersie(jaar, versieSlot));
        return v == null ? null : terug("Versie " + v.getNummer() + " van de set is gemaakt.");
    }

    public String dienIn() {
        Briefdossier d = meldingen.probeer(() -> dossiers.dienIn(jaar, dossier().getHuidigeVersie()));
        return d == null
                ? null
                : terug("Versie " + d.getHuidigeVersie()
                        + " is ingediend; stap 1 van de parafeerroute is aan de beurt.");
    }

    public String keurGoed() {
        List<Opmerking> o = opmerkingenOfNull();
        if (o == null) {
            return null;
        }
        Beoordeling b = meldingen.probeer(() -> dossiers.keurGoed(jaar, versieVanFormulier(), o));
        return b == null ? null : terug("U heeft versie " + b.getVersie() + " geparafeerd als " + b.getFunctie() + ".");
    }

    public String stuurTerug() {
        List<Opmerking> o = opmerkingenOfNull();
        if (o == null) {
            return null;
        }
        Beoordeling b = meldingen.probeer(() -> dossiers.stuurTerug(jaar, versieVanFormulier(), o));
        return b == null ? null : terug("Versie " + b.getVersie() + " is teruggestuurd naar de opsteller.");
    }

    public String onderteken() {
        Briefdossier d = meldingen.probeer(() -> dossiers.onderteken(jaar, versieVanFormulier(), null));
        return d == null ? null : terug("De set is ondertekend en gearchiveerd.");
    }

    public void vergelijk() {
        if (van == null || naar == null) {
            meldingen.fout("Kies twee versies om te vergelijken.");
            return;
        }
        verschil = meldingen.probeer(() -> dossiers.verschil(jaar, van, naar));
    }

    public void voorbeeld(Documentsoort soort) {
        byte[] pdf = meldingen.probeer(() -> dossiers.voorbeeld(jaar, soort));
        if (pdf != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext ext = faces.getExternalContext();
            ext.responseReset();
            ext.setResponseContentType("application/pdf");
            ext.setResponseContentLength(pdf.length);
            ext.setResponseHeader(
                    "Content-Disposition",
                    "attachment; filename=\"voorbeeld-" + soort.name().toLowerCase(Locale.ROOT) + "-" + jaar
                            + ".pdf\"");
            try (OutputStream uit = ext.getResponseOutputStream()) {
                uit.write(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    /** The version the user saw when the page was drawn: a decision on a version that has since been replaced is refused. */
    private int versieVanFormulier() {
        String v = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("versie");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return dossier().getHuidigeVersie();
        }
    }

    private List<Opmerking> opmerkingenOfNull() {
        List<Opmerking> uit = new ArrayList<>();
        for (int i = 0; i < opmerkingen.size(); i++) {
            OpmerkingInvoer o = opmerkingen.get(i);
            if (o.getTekst() == null || o.getTekst().isBlank()) {
                continue;
            }
            try {
                uit.add(new Opmerking(o.getOnderwerp(), o.getTekst()));
            } catch (IllegalArgumentException e) {
                meldingen.fout("Opmerking " + (i + 1) + ": " + e.getMessage());
                return null;
            }
        }
        return uit;
    }

    private String terug(String melding) {
        meldingen.naRedirect(melding);
        return "/dossier/dossier?faces-redirect=true&jaar=" + jaar;
    }

    // --- page data
    // ----------------------------------------------------------------------------------------------------

    public Briefdossier getDossier() {
        return dossier();
    }

    public List<Dossierversie> getVersies() {
        if (dossier() != null && (versies == null || versies.isEmpty())) {
            versies = dossiers.versies(dossier);
        }
        return versies == null ? List.of() : versies;
    }

    public List<Beoordeling> getBeoordelingen() {
        if (dossier() != null && (beoordelingen == null || beoordelingen.isEmpty())) {
            beoordelingen = dossiers.beoordelingen(dossier);
        }
        return beoordelingen == null ? List.of() : beoordelingen;
    }

    public Tekstblok[] getBlokken() {
        return Tekstblok.values();
    }

    public Documentsoort[] getSoorten() {
        return Documentsoort.values();
    }

    public Map<Tekstblok, String> getTeksten() {
        return teksten;
    }

    public List<OpmerkingInvoer> getOpmerkingen() {
        return opmerkingen;
    }

    public Integer getVan() {
        return van;
    }

    public void setVan(Integer van) {
        this.van = van;
    }

    public Integer getNaar() {
        return naar;
    }

    public void setNaar(Integer naar) {
        this.naar = naar;
    }

    public List<Briefdossiers.Documentverschil> getVerschil() {
        return verschil;
    }

    public int getJaar() {
        return jaar;
    }

    /** The subjects a comment can be about, as people read them. */
    public Map<String, String> getOnderwerpen() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Het dossier als geheel", Opmerking.ALGEMEEN);
        for (Documentsoort s : Documentsoort.values()) {
            m.put(s.getLabel(), s.name());
        }
        for (Tekstblok b : Tekstblok.values()) {
            m.put("Tekstblok " + b.getLabel(), b.name());
        }
        return m;
    }
}
