package nl.bzk.spreiding.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.web.Meldingen;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.entity.Roltoekenning;
import nl.bzk.spreiding.security.service.Gebruikersbeheer;
import nl.bzk.spreiding.security.service.Roltoekenningen;

/** The administrator's pages: the list of users with search and a form for a new one, and one user's details. */
@Named
@ViewScoped
public class GebruikersPagina implements Serializable {

    @Inject
    private Gebruikersbeheer beheer;

    @Inject
    private Meldingen meldingen;

    @Inject
    private Roltoekenningen toekenningen;

    private transient List<Roltoekenning> wachtend;

    @Regeltekst
    private String zoek;

    private Long id;
    private transient List<Gebruiker> gebruikers;
    private transient Gebruiker gebruiker;

    // the form of a new user, and of the changes to one
    @Regeltekst
    private String gebruikersnaam;

    @Regeltekst
    private String naam;

    @Regeltekst
    private String email;

    /** Printed with the name under a letter the person signs (issue 31). */
    @Regeltekst
    private String functie;

    private List<String> rollen = new ArrayList<>();

    @Regeltekst
    private String ministerie;

    @Regeltekst(max = 1000)
    private String wachtwoord;

    private long versie;

    @PostConstruct
    void laad() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        zoek = p.get("zoek");
        if (p.get("id") != null && p.get("id").matches("\\d{1,18}")) {
            id = Long.valueOf(p.get("id"));
            Gebruiker g = meldingen.probeer(() -> beheer.haal(id));
            gebruiker = g;
            if (g != null) {
                naam = g.getNaam();
                email = g.getEmail();
                functie = g.getFunctie();
                rollen = g.getRollen().stream().map(Rol::name).collect(Collectors.toCollection(ArrayList::new));
                ministerie =
                        g.getMinisterie() == null ? null : g.getMinisterie().getCode();
                versie = g.getVersion();
            }
        }
    }

    public List<Gebruiker> getGebruikers() {
        if (gebruikers == null) {
            gebruikers = beheer.zoek(zoek);
        }
        return gebruikers;
    }

    public Gebruiker getGebruiker() {
        if (gebruiker == null && id != null) {
            gebruiker = meldingen.probeer(() -> beheer.haal(id));
        }
        return gebruiker;
    }

    public void maak() throws IOException {
        voerUit(
                () -> beheer.maak(
                        new Gebruikersbeheer.Gegevens(
                                gebruikersnaam,
                                naam,
                                rollenSet(),
                                ministerie,
                                email == null ? "" : email,
                                functie == null ? "" : functie),
                        wachtwoord),
                g -> "Gebruiker " + g.getGebruikersnaam()
                        + " is aangemaakt met een tijdelijk wachtwoord; bij de eerste keer inloggen kiest "
                        + g.getNaam() + " een eigen wachtwoord." + wachtTekst(g));
    }

    public void bewaar() throws IOException {
        voerUit(
                () -> beheer.wijzig(
                        id,
                        versie,
                        new Gebruikersbeheer.Gegevens(
                                null,
                                naam,
                                rollenSet(),
                                ministerie,
                                email == null ? "" : email,
                                functie == null ? "" : functie)),
                g -> "De wijzigingen zijn bewaard." + wachtTekst(g));
    }

    public void deactiveer() throws IOException {
        voerUit(
                () -> beheer.deactiveer(id, versie),
                g -> "Het account is gedeactiveerd; lopende sessies zijn beëindigd.");
    }

    public void activeer() throws IOException {
        voerUit(() -> beheer.activeer(id, versie), g -> "Het account is weer actief.");
    }

    public void tijdelijkWachtwoord() throws IOException {
        voerUit(
                () -> beheer.tijdelijkWachtwoord(id, versie, wachtwoord),
                g ->
                        "Het tijdelijke wachtwoord is ingesteld; bij de volgende keer inloggen kiest de gebruiker een eigen wachtwoord.");
    }

    /** Runs an administration step; when it succeeds, the message survives the redirect to that user's page. */
    private void voerUit(Supplier<Gebruiker> stap, Function<Gebruiker, String> melding) throws IOException {
        Gebruiker g = meldingen.probeer(stap);
        if (g != null) {
            meldingen.naRedirect(melding.apply(g));
            var extern = FacesContext.getCurrentInstance().getExternalContext();
            extern.redirect(extern.getRequestContextPath() + "/beheer/gebruiker.xhtml?id=" + g.getId());
        }
    }

    /** Grants waiting for a second administrator; the page lists them with buttons for whoever may decide. */
    public List<Roltoekenning> getWachtend() {
        if (wachtend == null) {
            wachtend = toekenningen.wachtend();
        }
        return wachtend;
    }

    /** What the only administrator granted: listed for good, as "zonder tweede beheerder verleend". */
    public List<Roltoekenning> getZonderTweedeBeheerder() {
        return toekenningen.zonderTweedeBeheerder();
    }

    public boolean magBeoordelen(Roltoekenning t) {
        return toekenningen.magBeoordelen(t);
    }

    /** Why the buttons are not there for this administrator (they asked for the role themselves), or null. */
    public String waaromNiet(Roltoekenning t) {
        return magBeoordelen(t) ? null : "U vroeg deze rol zelf aan; een andere beheerder beslist.";
    }

    public void keurGoed(long toekenning, long toekenningVersie) throws IOException {
        beslis(
                () -> toekenningen.keurGoed(toekenning, toekenningVersie),
                t -> t.getGebruiker().getNaam() + " heeft nu de rol "
                        + t.getRol().getLabel() + ".");
    }

    public void wijsAf(long toekenning, long toekenningVersie) throws IOException {
        beslis(
                () -> toekenningen.wijsAf(toekenning, toekenningVersie),
                t -> "De rol " + t.getRol().getLabel() + " voor "
                        + t.getGebruiker().getNaam() + " is afgewezen.");
    }

    private void beslis(Supplier<Roltoekenning> stap, Function<Roltoekenning, String> melding) throws IOException {
        Roltoekenning t = meldingen.probeer(stap);
        if (t != null) {
            meldingen.naRedirect(melding.apply(t));
            var extern = FacesContext.getCurrentInstance().getExternalContext();
            extern.redirect(extern.getRequestContextPath() + "/beheer/gebruikers.xhtml");
        }
    }

    private String wachtTekst(Gebruiker g) {
        List<String> rol = toekenningen.wachtend(g).stream()
                .map(t -> t.getRol().getLabel())
                .toList();
        return rol.isEmpty()
                ? ""
                : " De rol " + Nederlands.opsomming(rol) + " wacht op goedkeuring door een tweede beheerder.";
    }

    /** The roles of one user that wait for a second administrator, for the list and the user's page. */
    public String wachtendeRollen(Gebruiker g) {
        return Nederlands.opsomming(getWachtend().stream()
                .filter(t -> t.getGebruiker().getId().equals(g.getId()))
                .map(t -> t.getRol().getLabel())
                .toList());
    }

    private EnumSet<Rol> rollenSet() {
        EnumSet<Rol> set = EnumSet.noneOf(Rol.class);
        rollen.forEach(r -> Rol.van(r).ifPresent(set::add));
        return set;
    }

    public String rollenTekst(Gebruiker g) {
        return g.getRollen().stream().sorted().map(Rol::getLabel).collect(Collectors.joining(", "));
    }

    public Rol[] getAlleRollen() {
        return Rol.values();
    }

    public List<Ministerie> getMinisteries() {
        return beheer.ministeries();
    }

    public String getZoek() {
        return zoek;
    }

    public void setZoek(String zoek) {
        this.zoek = zoek;
    }

    public Long getId() {
        return id;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFunctie() {
        return functie;
    }

    public void setFunctie(String functie) {
        this.functie = functie;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public List<String> getRollen() {
        return rollen;
    }

    public void setRollen(List<String> rollen) {
        this.rollen = rollen;
    }

    public String getMinisterie() {
        return ministerie;
    }

    public void setMinisterie(String ministerie) {
        this.ministerie = ministerie;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }

    public long getVersie() {
        return versie;
    }

    public void setVersie(long versie) {
        this.versie = versie;
    }
}
