package nl.bzk.spreiding.security.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Aanmeldpoging;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the sign-in needs from the database: a user's credentials and roles, whether a session of theirs is still
 * valid, and the throttle of failed attempts per login name and per client address.
 */
@Stateless
@PermitAll
public class Aanmelden {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "spreiding.aanmelden.max-mislukt-per-naam", defaultValue = "5")
    private int drempelNaam;

    @Inject
    @ConfigProperty(name = "spreiding.aanmelden.max-mislukt-per-adres", defaultValue = "50")
    private int drempelAdres;

    /**
     * Failures of one name from all addresses together before that name is slowed down (never locked: a block of this
     * key lasts at most {@link #VERTRAGING}), so an attacker elsewhere cannot lock the owner out (issue 30).
     */
    @Inject
    @ConfigProperty(name = "spreiding.aanmelden.max-mislukt-per-naam-overal", defaultValue = "20")
    private int drempelNaamOveral;

    /** The longest wait a name's failures from everywhere impose: it slows guessing to one try per name per period. */
    static final Duration VERTRAGING = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(Aanmelden.class.getName());
    /** Blocks started in the current minute on this instance; one alert line per minute with a burst. */
    private static final AtomicLong MINUUT = new AtomicLong();

    private static final AtomicInteger BLOKKADES = new AtomicInteger();
    private static final AtomicLong GEMELD = new AtomicLong(-1);
    static final int UITBARSTING = 10;

    /**
     * An active user's password hash, roles and session key.
     *
     * @param sessiesleutel changes whenever the password changes, the account is deactivated or its sessions are ended
     */
    public record Aanmeldgegevens(
            String gebruikersnaam,
            String wachtwoordHash,
            Set<String> rollen,
            String sessiesleutel,
            boolean wachtwoordTijdelijk) {}

    /** Empty for an unknown, inactive or malformed login name. */
    public Optional<Aanmeldgegevens> gegevens(String gebruikersnaam) {
        if (!Gebruiker.isGeldigeGebruikersnaam(gebruikersnaam)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", gebruikersnaam)
                .getResultStream()
                .filter(Gebruiker::isActief)
                .findFirst()
                .map(Aanmelden::gegevens);
    }

    private static Aanmeldgegevens gegevens(Gebruiker g) {
        return new Aanmeldgegevens(
                g.getGebruikersnaam(),
                g.getWachtwoordHash(),
                g.getWerkzameRollen().stream().map(Rol::name).collect(Collectors.toUnmodifiableSet()),
                sleutel(g),
                g.isWachtwoordTijdelijk());
    }

    /** Why a person whom the identity provider vouched for may still not enter Spreiding. */
    public enum Weigering {
        ONBEKEND,
        GEDEACTIVEERD,
        GEEN_ROL
    }

    /** The outcome of an OpenID Connect sign-in: the user's sign-in data, or the reason for refusal. */
    public record OidcUitkomst(Aanmeldgegevens gegevens, Weigering weigering) {}

    /**
     * Matches a person signed in at the identity provider to a user row by login name. Roles and the ministry binding
     * stay in Spreiding's administration: an unknown person is created without roles when {@code aanmaken} allows it (an
     * administrator then gives a role), and refused until then.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OidcUitkomst oidc(String gebruikersnaam, String naam, boolean aanmaken) {
        if (!Gebruiker.isGeldigeGebruikersnaam(gebruikersnaam)) {
            return new OidcUitkomst(null, Weigering.ONBEKEND);
        }
        Gebruiker g = em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", gebruikersnaam)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (g == null) {
            if (!aanmaken) {
                return new OidcUitkomst(null, Weigering.ONBEKEND);
            }
            g = new Gebruiker(
                    gebruikersnaam,
                    naam == null || naam.isBlank() ? gebruikersnaam : naam.strip(),
                    null,
                    null,
                    Set.of(),
                    Tijd.nu());
            em.persist(g);
            em.flush();
            auditLog.vastleggen(
                    "AANGEMAAKT",
                    "Gebruiker",
                    g.getId(),
                    null,
                    null,
                    Map.of(
                            "gebruikersnaam",
                            gebruikersnaam,
                            "rollen",
                            List.of(),
                            "via",
                            "eerste aanmelding bij de identiteitsprovider"));
        }
        if (!g.isActief()) {
            return new OidcUitkomst(null, Weigering.GEDEACTIVEERD);
        }
        if (g.getRollen().isEmpty()) {
            return new OidcUitkomst(null, Weigering.GEEN_ROL);
        }
        gelukt(gebruikersnaam, null);
        return new OidcUitkomst(gegevens(g), null);
    }

    /** The current session key of an active user; empty when the account is gone or inactive. One small query. */
    public Optional<String> sessiesleutel(String gebruikersnaam) {
        List<Object[]> rijen = em.createNamedQuery(Gebruiker.AANMELDGEGEVENS, Object[].class)
                .setParameter("naam", gebruikersnaam)
                .getResultList();
        return rijen.isEmpty()
                ? Optional.empty()
                : Optional.of(sleutel((String) rijen.get(0)[0], ((Number) rijen.get(0)[1]).intValue()));
    }

    private static String sleutel(Gebruiker g) {
        return sleutel(g.getWachtwoordHash(), g.getSessieGeneratie());
    }

    private static String sleutel(String hash, int generatie) {
        // A fingerprint, not the hash itself: sessions hold no password material.
        return Sha256.van((hash == null ? "" : hash) + "|" + generatie).substring(0, 32);
    }

    /** Whole seconds until {@code tot}, rounded up and at least 1: the Retry-After of a throttled attempt. */
    public static long wachtSeconden(OffsetDateTime tot) {
        return Math.max(1, Duration.between(nu(), tot).toSeconds() + 1);
    }

    /**
     * The moment until which sign-ins under this name from this address, under this name at all (briefly) or from this
     * address are refused, or null.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OffsetDateTime geblokkeerdTot(String gebruikersnaam, String adres) {
        OffsetDateTime nu = nu();
        OffsetDateTime tot = null;
        for (String sleutel :
                List.of(naamAdresSleutel(gebruikersnaam, adres), naamSleutel(gebruikersnaam), adresSleutel(adres))) {
            Aanmeldpoging poging = em.find(Aanmeldpoging.class, sleutel);
            if (poging != null
                    && poging.isGeblokkeerd(nu)
                    && (tot == null || poging.getGeblokkeerdTot().isAfter(tot))) {
                tot = poging.getGeblokkeerdTot();
            }
        }
        return tot;
    }

    /** Counts a failed sign-in for the name and the address; a block that starts is written to the audit trail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void mislukt(String gebruikersnaam, String adres) {
        OffsetDateTime nu = nu();
        tel(naamAdresSleutel(gebruikersnaam, adres), drempelNaam, nu, Aanmeldpoging.LANGSTE_BLOKKADE);
        tel(naamSleutel(gebruikersnaam), drempelNaamOveral, nu, VERTRAGING);
        tel(adresSleutel(adres), drempelAdres, nu, Aanmeldpoging.LANGSTE_BLOKKADE);
    }

    /**
     * A successful sign-in forgets the failures of that name (not of the address: a valid account must not reset it) and
     * is recorded as the user's last sign-in.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gelukt(String gebruikersnaam, String adres) {
        for (String sleutel : List.of(naamAdresSleutel(gebruikersnaam, adres), naamSleutel(gebruikersnaam))) {
            Aanmeldpoging poging = em.find(Aanmeldpoging.class, sleutel);
            if (poging != null && !poging.isGeblokkeerd(nu())) {
                em.remove(poging);
            }
        }
        // A bulk update: a sign-in must not raise the user's version (an administrator's open edit stays valid) nor
        // collide with a concurrent sign-in of the same user.
        em.createNamedQuery(Gebruiker.AANGEMELD)
                .setParameter("naam", gebruikersnaam)
                .setParameter("nu", nu())
                .executeUpdate();
    }

    private void tel(String sleutel, int drempel, OffsetDateTime nu, Duration langste) {
        Aanmeldpoging poging = em.find(Aanmeldpoging.class, sleutel, LockModeType.PESSIMISTIC_WRITE);
        if (poging == null) {
            poging = new Aanmeldpoging(sleutel, nu);
            em.persist(poging);
        }
        if (poging.registreerMislukt(nu, drempel, langste)) {
            meldUitbarsting(nu);
            auditLog.vastleggen(
                    "AANMELDEN_GEBLOKKEERD",
                    "Aanmelding",
                    sleutel,
                    null,
                    null,
                    Map.of(
                            "mislukt",
                            poging.getMislukt(),
                            "geblokkeerdTot",
                            poging.getGeblokkeerdTot().toString()));
        }
    }

    /**
     * One alert line in the log per minute in which {@link #UITBARSTING} or more blocks started on this instance (each
     * block is an audit line; the alert is for whoever watches the log).
     */
    static boolean meldUitbarsting(OffsetDateTime nu) {
        long minuut = nu.toEpochSecond() / 60;
        if (MINUUT.getAndSet(minuut) != minuut) {
            BLOKKADES.set(0);
        }
        if (BLOKKADES.incrementAndGet() >= UITBARSTING && GEMELD.getAndSet(minuut) != minuut) {
            LOG.warning(() -> "Aanmeldaanval? " + UITBARSTING + " of meer blokkades van inlognamen of adressen in de"
                    + " minuut sinds " + Instant.ofEpochSecond(minuut * 60) + " (audittrail: AANMELDEN_GEBLOKKEERD)");
            return true;
        }
        return false;
    }

    static String naamAdresSleutel(String gebruikersnaam, String adres) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
        return begrensd("naam@adres:", naam + "|" + (adres == null ? "" : adres));
    }

    static String naamSleutel(String gebruikersnaam) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
        return begrensd("naam:", naam);
    }

    static String adresSleutel(String adres) {
        return begrensd("adres:", adres == null ? "" : adres);
    }

    /**
     * A key of at most 60 printable characters (it is also the audit line's entity id) whatever the client sends: a
     * name with a control character (a NUL byte, which PostgreSQL refuses in text) or of more than 60 characters is
     * counted under its hash, so the throttle holds for it too.
     */
    private static String begrensd(String soort, String waarde) {
        return soort.length() + waarde.length() <= 60 && Tekst.regelFout(waarde, 60) == null
                ? soort + waarde
                : soort + "#" + Sha256.van(waarde).substring(0, 40);
    }

    private static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
