package nl.bzk.spreiding.cases.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.cases.entity.CasusSoort;
import nl.bzk.spreiding.cases.entity.CasusStatus;
import nl.bzk.spreiding.cases.service.CasusInvoer;
import nl.bzk.spreiding.cases.service.Casussen;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.service.Gebruikers;

/** The list of cases with filters, the form for a new melding, and one case with its workflow. */
@Named
@ViewScoped
public class CasussenPagina implements Serializable {

    @Inject
    private Casussen casussen;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private Actieplan actieplan;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private Meldingen meldingen;

    @Regeltekst
    private String provincie;

    @Regeltekst
    private String ministerie;

    private CasusStatus status;
    private Long id;
    private final Formulier formulier = new Formulier();
    private CasusStatus volgende;

    @Vrijetekst
    private String tekst;

    private Boolean positief;
    private long versie;

    public static class Formulier implements Serializable {
        @Regeltekst
        private String titel;

        @Vrijetekst
        private String omschrijving;

        @Regeltekst
        private String onderdeel;

        private CasusSoort soort;
        private BigDecimal fte;

        @Regeltekst
        private String vanProvincie;

        @Regeltekst
        private String vanGemeente;

        @Regeltekst
        private String naarProvincie;

        @Regeltekst
        private String naarGemeente;

        private List<String> maatregelen = List.of();

        CasusInvoer invoer() {
            return new CasusInvoer(
                    titel,
                    omschrijving,
                    onderdeel,
                    soort == null ? null : soort.name(),
                    fte,
                    vanProvincie,
                    vanGemeente,
                    naarProvincie,
                    naarGemeente,
                    maatregelen);
        }

        void van(Casus c) {
            titel = c.getTitel();
            omschrijving = c.getOmschrijving();
            onderdeel = c.getOnderdeel().getCode();
            soort = c.getSoort();
            fte = c.getFte();
            vanProvincie =
                    c.getVanProvincie() == null ? null : c.getVanProvincie().getCode();
            vanGemeente = c.getVanGemeente();
            naarProvincie =
                    c.getNaarProvincie() == null ? null : c.getNaarProvincie().getCode();
            naarGemeente = c.getNaarGemeente();
            maatregelen =
                    c.getMaatregelen().stream().map(Maatregel::getCode).sorted().toList();
        }

        public String getTitel() {
            return titel;
        }

        public void setTitel(String titel) {
            this.titel = titel;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String getOnderdeel() {
            return onderdeel;
        }

        public void setOnderdeel(String onderdeel) {
            this.onderdeel = onderdeel;
        }

        public CasusSoort getSoort() {
            return soort;
        }

        public void setSoort(CasusSoort soort) {
            this.soort = soort;
        }

        public BigDecimal getFte() {
            return fte;
        }

        public void setFte(BigDecimal fte) {
            this.fte = fte;
        }

        public String getVanProvincie() {
            return vanProvincie;
        }

        public void setVanProvincie(String vanProvincie) {
            this.vanProvincie = vanProvincie;
        }

        public String getVanGemeente() {
            return vanGemeente;
        }

        public void setVanGemeente(String vanGemeente) {
            this.vanGemeente = vanGemeente;
        }

        public String getNaarProvincie() {
            return naarProvincie;
        }

        public void setNaarProvincie(String naarProvincie) {
            this.naarProvincie = naarProvincie;
        }

        public String getNaarGemeente() {
            return naarGemeente;
        }

        public void setNaarGemeente(String naarGemeente) {
            this.naarGemeente = naarGemeente;
        }

        public List<String> getMaatregelen() {
            return maatregelen;
        }

        public void setMaatregelen(List<String> maatregelen) {
            this.maatregelen = maatregelen;
        }
    }

    @PostConstruct
    void laad() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        provincie = Invoer.ingevuld(p.get("provincie"));
        ministerie = Invoer.ingevuld(p.get("ministerie"));
        try {
            status = Invoer.ingevuld(p.get("status")) == null ? null : CasusStatus.valueOf(p.get("status"));
        } catch (IllegalArgumentException onbekend) {
            status = null;
        }
        if (p.get("id") != null && p.get("id").matches("\\d+")) {
            id = Long.valueOf(p.get("id"));
            Casus casus = meldingen.probeer(() -> casussen.haal(id));
            if (casus == null) {
                id = null;
            } else {
                formulier.van(casus);
                versie = casus.getVersion();
            }
        }
    }

    public String meld() {
        Casus casus = meldingen.probeer(() -> casussen.meld(formulier.invoer()));
        if (casus == null) {
            return null;
        }
        meldingen.naRedirect("De melding is opgeslagen"
                + (casus.isDrempelVanToepassing()
                        ? "; het gaat om 100 fte of meer, dus BZK brengt advies uit over de locatie."
                        : "."));
        return "/casussen/casus?faces-redirect=true&id=" + casus.getId();
    }

    public String bewaar() {
        Casus casus = meldingen.probeer(() -> casussen.wijzig(id, versie, formulier.invoer()));
        if (casus == null) {
            return null;
        }
        meldingen.naRedirect("De casus is opgeslagen.");
        return "/casussen/casus?faces-redirect=true&id=" + id;
    }

    public String volgendeStap() {
        Casus casus = meldingen.probeer(() -> casussen.naarStatus(id, versie, volgende, tekst, positief));
        if (casus == null) {
            return null;
        }
        meldingen.naRedirect("De casus staat nu op " + casus.getStatus().inZin() + ".");
        return "/casussen/casus?faces-redirect=true&id=" + id;
    }

    public List<Casus> getLijst() {
        List<Casus> lijst = meldingen.probeer(() -> casussen.lijst(provincie, ministerie, status));
        return lijst == null ? List.of() : lijst;
    }

    public Casus getCasus() {
        return id == null ? null : casussen.haal(id);
    }

    /** Contacts report for their own ministry's units, BZK for any. */
    public List<Organisatieonderdeel> getOnderdelen() {
        if (gebruikers.zietAlleMinisteries()) {
            return referentie.onderdelen(null);
        }
        return referentie.onderdelen(gebruikers.ingelogd().getMinisterie().getCode());
    }

    public boolean isBewerkbaar() {
        Casus casus = getCasus();
        return casus != null && casus.isBewerkbaarDoor(gebruikers.zietAlleMinisteries());
    }

    public List<Provincie> getProvincies() {
        return referentie.provincies().stream().filter(Provincie::isToeTeDelen).toList();
    }

    public List<Ministerie> getMinisteries() {
        return referentie.ministeries();
    }

    public List<Maatregel> getAlleMaatregelen() {
        return actieplan.maatregelen();
    }

    public CasusSoort[] getSoorten() {
        return CasusSoort.values();
    }

    public CasusStatus[] getStatussen() {
        return CasusStatus.values();
    }

    public String getProvincie() {
        return provincie;
    }

    public void setProvincie(String provincie) {
        this.provincie = provincie;
    }

    public String getMinisterie() {
        return ministerie;
    }

    public void setMinisterie(String ministerie) {
        this.ministerie = ministerie;
    }

    public CasusStatus getStatus() {
        return status;
    }

    public void setStatus(CasusStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Formulier getFormulier() {
        return formulier;
    }

    public CasusStatus getVolgende() {
        return volgende;
    }

    public void setVolgende(CasusStatus volgende) {
        this.volgende = volgende;
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }

    public Boolean getPositief() {
        return positief;
    }

    public void setPositief(Boolean positief) {
        this.positief = positief;
    }
}
