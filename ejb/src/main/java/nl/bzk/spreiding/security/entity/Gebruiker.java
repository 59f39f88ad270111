package nl.bzk.spreiding.security.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.bzk.spreiding.referentie.entity.Ministerie;

/**
 * A person who can log in. A ministry contact is bound to exactly one ministry; the other roles to none.
 * The password hash is in the PBKDF2 format of Jakarta Security (algorithm:iterations:salt:hash).
 */
@Entity
@Table(name = "gebruiker")
@NamedQuery(
        name = Gebruiker.ZOEK,
        query = "SELECT g FROM Gebruiker g WHERE LOWER(g.gebruikersnaam) LIKE :tekst "
                + "OR LOWER(g.naam) LIKE :tekst ORDER BY g.gebruikersnaam")
@NamedQuery(name = Gebruiker.OP_NAAM, query = "SELECT g FROM Gebruiker g WHERE g.gebruikersnaam = :naam")
@NamedQuery(
        name = Gebruiker.AANGEMELD,
        query = "UPDATE Gebruiker g SET g.laatstAangemeld = :nu WHERE g.gebruikersnaam = :naam")
@NamedQuery(
        name = Gebruiker.ACTIEF_MET_ROL,
        query = "SELECT DISTINCT g FROM Gebruiker g JOIN g.rollen r WHERE r = :rol AND g.actief = TRUE")
@NamedQuery(
        name = Gebruiker.ACTIEF_MET_NAAM,
        query = "SELECT g FROM Gebruiker g WHERE g.gebruikersnaam IN :namen AND g.actief = TRUE")
@NamedQuery(
        name = Gebruiker.ACTIEVE_BEHEERDERS,
        query = "SELECT COUNT(g) FROM Gebruiker g JOIN g.rollen r WHERE r = :rol AND g.actief = TRUE")
@NamedQuery(
        name = Gebruiker.AANMELDGEGEVENS,
        query =
                "SELECT g.wachtwoordHash, g.sessieGeneratie FROM Gebruiker g WHERE g.gebruikersnaam = :naam AND g.actief = TRUE")
@NamedQuery(name = Gebruiker.AANTAL_MET_NAAM, query = "SELECT COUNT(g) FROM Gebruiker g WHERE g.gebruikersnaam = :n")
public class Gebruiker {

    public static final String AANMELDGEGEVENS = "Gebruiker.aanmeldgegevens";
    public static final String AANTAL_MET_NAAM = "Gebruiker.aantal_met_naam";

    public static final String ZOEK = "Gebruiker.zoek";
    public static final String OP_NAAM = "Gebruiker.opNaam";
    public static final String ACTIEVE_BEHEERDERS = "Gebruiker.actieveBeheerders";
    public static final String AANGEMELD = "Gebruiker.aangemeld";
    public static final String ACTIEF_MET_ROL = "Gebruiker.actiefMetRol";
    public static final String ACTIEF_MET_NAAM = "Gebruiker.actiefMetNaam";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String gebruikersnaam;
    private String naam;

    @Column(name = "wachtwoord_hash")
    private String wachtwoordHash;

    @ManyToOne
    @JoinColumn(name = "ministerie_id")
    private Ministerie ministerie;

    private boolean actief = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gebruiker_rol", joinColumns = @JoinColumn(name = "gebruiker_id"))
    @Column(name = "rol")
    @Enumerated(EnumType.STRING)
    private Set<Rol> rollen = new HashSet<>();

    @Column(name = "sessie_generatie")
    private int sessieGeneratie;

    @Column(name = "laatst_aangemeld")
    private OffsetDateTime laatstAangemeld;

    /** When the account last received a role; null for accounts from before issue 30 (V23). */
    @Column(name = "rollen_sinds")
    private OffsetDateTime rollenSinds;

    @Column(name = "wachtwoord_tijdelijk")
    private boolean wachtwoordTijdelijk;
    /** The function printed with the name under a letter this person signs ("De Minister van …"); none: not set. */
    private String functie;

    /** Where notifications go (issue 16); none: the person is not mailed. */
    private String email;

    @Version
    private long version;

    protected Gebruiker() {}

    public Gebruiker(
            String gebruikersnaam,
            String naam,
            String wachtwoordHash,
            Ministerie ministerie,
            Set<Rol> rollen,
            OffsetDateTime aangemaakt) {
        if (!isGeldigeGebruikersnaam(gebruikersnaam)) {
            throw new IllegalArgumentException(GEBRUIKERSNAAM_REGEL);
        }
        controleerRollen(rollen, ministerie);
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
        this.ministerie = ministerie;
        this.rollen = new HashSet<>(rollen);
        this.rollenSinds = rollen.isEmpty() ? null : aangemaakt;
    }

    public static final String GEBRUIKERSNAAM_REGEL = "Een gebruikersnaam bestaat uit 2 tot 100 tekens zonder spaties";
    public static final String MINISTERIE_REGEL =
            "Een contactpersoon hoort bij precies één ministerie; andere rollen bij geen";

    public static final String BEHEER_REGEL = "Een beheerder heeft geen andere rol: wie accounts beheert, doet niet mee"
            + " aan het werk aan de cijfers en de brief (scheiding van functies)";

    /**
     * Whether this set of roles, with this ministry, is one account's: the reason it is not, or empty. A ministry
     * contact is bound to exactly one ministry and the other roles to none; an administrator holds no other role, so
     * that whoever makes accounts cannot also draft, approve or sign (issue 30).
     */
    public static Optional<String> waaromNietToegestaan(Set<Rol> rollen, Ministerie ministerie) {
        if (rollen.contains(Rol.MINISTRY_CONTACT) != (ministerie != null)) {
            return Optional.of(MINISTERIE_REGEL);
        }
        if (rollen.contains(Rol.ADMIN) && rollen.size() > 1) {
            return Optional.of(BEHEER_REGEL);
        }
        return Optional.empty();
    }

    private static void controleerRollen(Set<Rol> rollen, Ministerie ministerie) {
        waaromNietToegestaan(rollen, ministerie).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
    }

    /**
     * New roles and ministry binding, together (the binding depends on the roles). Ends the user's sessions; a role
     * added moves {@link #getRollenSinds()} to now.
     */
    public void wijzigRollen(Set<Rol> nieuweRollen, Ministerie nieuwMinisterie, OffsetDateTime nu) {
        controleerRollen(nieuweRollen, nieuwMinisterie);
        if (!nieuweRollen.equals(getRollen()) || !Objects.equals(idVan(nieuwMinisterie), idVan(ministerie))) {
            beeindigSessies();
        }
        if (!rollen.containsAll(nieuweRollen)) {
            rollenSinds = nu;
        }
        this.rollen = new HashSet<>(nieuweRollen);
        this.ministerie = nieuwMinisterie;
    }

    /** One role more (a grant a second administrator approved). */
    public void voegRolToe(Rol rol, OffsetDateTime nu) {
        Set<Rol> meer = getRollen();
        meer.add(rol);
        wijzigRollen(meer, ministerie, nu);
    }

    /**
     * The roles that take effect at sign-in. An account from before issue 30 may still hold ADMIN with a workflow role;
     * it signs in as administrator only, until another administrator splits it.
     */
    public Set<Rol> getWerkzameRollen() {
        return isBeheerder() ? EnumSet.of(Rol.ADMIN) : getRollen();
    }

    public OffsetDateTime getRollenSinds() {
        return rollenSinds;
    }

    private static Long idVan(Ministerie m) {
        return m == null ? null : m.getId();
    }

    /** Sets or clears (empty) the function; a trailing comma is the letter's, not the function's. */
    public void wijzigFunctie(String nieuweFunctie) {
        String schoon = nieuweFunctie == null ? "" : nieuweFunctie.strip();
        while (schoon.endsWith(",")) {
            schoon = schoon.substring(0, schoon.length() - 1).strip();
        }
        functie = schoon.isEmpty() ? null : schoon;
    }

    public String getFunctie() {
        return functie;
    }

    public void wijzigNaam(String nieuweNaam) {
        this.naam = nieuweNaam;
    }

    public void activeer() {
        actief = true;
    }

    /**
     * A new password hash; a temporary one (set by an administrator) must be changed at the next sign-in. Ends every
     * session of the user.
     */
    public void zetWachtwoord(String hash, boolean tijdelijk) {
        this.wachtwoordHash = hash;
        this.wachtwoordTijdelijk = tijdelijk;
        beeindigSessies();
    }

    public boolean isBeheerder() {
        return rollen.contains(Rol.ADMIN);
    }

    /**
     * A login name has 2 to 100 characters and no white space or control characters. The internal run-as identity
     * of start-up tasks ({@link Rol#SYSTEEMTAAK}) has a space, so no account can ever carry its name.
     */
    public static boolean isGeldigeGebruikersnaam(String naam) {
        return naam != null
                && naam.length() >= 2
                && naam.length() <= 100
                && naam.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** The account can no longer sign in; its sessions end at their next request. */
    public void deactiveer() {
        actief = false;
        beeindigSessies();
    }

    /** Ends every session and cached API login of this user at their next request. */
    public void beeindigSessies() {
        sessieGeneratie++;
    }

    public Long getId() {
        return id;
    }

    public int getSessieGeneratie() {
        return sessieGeneratie;
    }

    public String getWachtwoordHash() {
        return wachtwoordHash;
    }

    public OffsetDateTime getLaatstAangemeld() {
        return laatstAangemeld;
    }

    public boolean isWachtwoordTijdelijk() {
        return wachtwoordTijdelijk;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public static final String EMAIL_REGEL =
            "Een e-mailadres heeft de vorm naam@domein.nl en is ten hoogste 254 tekens";

    /** Sets or clears (empty) the address notifications go to. */
    public void wijzigEmail(String adres) {
        String schoon = adres == null ? "" : adres.strip();
        if (!schoon.isEmpty() && !isGeldigEmail(schoon)) {
            throw new IllegalArgumentException(EMAIL_REGEL);
        }
        email = schoon.isEmpty() ? null : schoon;
    }

    public static boolean isGeldigEmail(String adres) {
        return adres != null && adres.length() <= 254 && adres.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");
    }

    public Ministerie getMinisterie() {
        return ministerie;
    }

    public boolean isActief() {
        return actief;
    }

    public Set<Rol> getRollen() {
        return rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
    }

    public long getVersion() {
        return version;
    }
}
