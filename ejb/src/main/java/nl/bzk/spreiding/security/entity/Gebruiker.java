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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import nl.bzk.spreiding.referentie.entity.Ministerie;

/**
 * A person who can log in. A ministry contact is bound to exactly one ministry; the other roles to none.
 * The password hash is in the PBKDF2 format of Jakarta Security (algorithm:iterations:salt:hash).
 */
@Entity
@Table(name = "gebruiker")
public class Gebruiker {

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
    @Version
    private long version;

    protected Gebruiker() {
    }

    public Gebruiker(String gebruikersnaam, String naam, String wachtwoordHash, Ministerie ministerie, Set<Rol> rollen) {
        if (!isGeldigeGebruikersnaam(gebruikersnaam)) {
            throw new IllegalArgumentException("Een gebruikersnaam bestaat uit 2 tot 100 tekens zonder spaties");
        }
        if (rollen.contains(Rol.MINISTRY_CONTACT) != (ministerie != null)) {
            throw new IllegalArgumentException("Een contactpersoon hoort bij precies één ministerie; andere rollen bij geen");
        }
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
        this.ministerie = ministerie;
        this.rollen = new HashSet<>(rollen);
    }

    /**
     * A login name has 2 to 100 characters and no white space or control characters. The internal run-as identity
     * of start-up tasks ({@link Rol#SYSTEEMTAAK}) has a space, so no account can ever carry its name.
     */
    public static boolean isGeldigeGebruikersnaam(String naam) {
        return naam != null && naam.length() >= 2 && naam.length() <= 100
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

    public Long getId() { return id; }
    public int getSessieGeneratie() { return sessieGeneratie; }
    public String getWachtwoordHash() { return wachtwoordHash; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public String getNaam() { return naam; }
    public Ministerie getMinisterie() { return ministerie; }
    public boolean isActief() { return actief; }
    public Set<Rol> getRollen() { return rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen); }
    public long getVersion() { return version; }
}
