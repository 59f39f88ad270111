package nl.bzk.spreiding.security.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * User administration for administrators: find, create, change roles and ministry, deactivate and reactivate, set a
 * temporary password. Every change is audited with before and after. Two rules protect the administration itself: an
 * administrator cannot take away their own ADMIN role or deactivate themselves, and the last active administrator
 * stays one. Changes of roles, ministry, password or the active flag end the user's sessions and cached API logins.
 */
@Stateless
@RolesAllowed(Rol.ADMIN_NAAM)
public class Gebruikersbeheer {

    static final int MAX_RESULTATEN = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private WachtwoordHash hasher;

    @Inject
    private Roltoekenningen toekenningen;

    @Resource
    private SessionContext context;

    /** What an administrator fills in for a new user or a change (ministry as code, roles as names). */
    /** @param email the address for notifications; on a change, null leaves it as it is and empty clears it */
    public record Gegevens(
            String gebruikersnaam,

            @NotBlank(message = "{spreiding.gebruiker.naam}") @Size(max = 160, message = "{spreiding.gebruiker.naam}")
            String naam,

            @NotEmpty(message = "{spreiding.gebruiker.rollen}")
            Set<Rol> rollen,

            String ministerie,
            String email,

            @Size(max = 200, message = "{spreiding.gebruiker.functie}")
            String functie) {
        public Gegevens(String gebruikersnaam, String naam, Set<Rol> rollen, String ministerie) {
            this(gebruikersnaam, naam, rollen, ministerie, null, null);
        }

        public Gegevens(String gebruikersnaam, String naam, Set<Rol> rollen, String ministerie, String email) {
            this(gebruikersnaam, naam, rollen, ministerie, email, null);
        }
    }

    /** Users whose login name or name contains the text (all when empty), by login name; at most 500. */
    public List<Gebruiker> zoek(String tekst) {
        String t = tekst == null ? "" : tekst.strip().toLowerCase(Locale.ROOT);
        return em.createNamedQuery(Gebruiker.ZOEK, Gebruiker.class)
                .setParameter("tekst", "%" + t.replace("%", "") + "%")
                .setMaxResults(MAX_RESULTATEN)
                .getResultList();
    }

    public Gebruiker haal(long id) {
        Gebruiker g = em.find(Gebruiker.class, id);
        if (g == null) {
            throw Fout.nietGevonden("Gebruiker " + id + " bestaat niet");
        }
        return g;
    }

    /** A new user with a temporary password, which they must change at their first sign-in. */
    public Gebruiker maak(Gegevens gegevens, String tijdelijkWachtwoord) {
        Invoercontrole.controleer(gegevens);
        String login = gegevens.gebruikersnaam() == null
                ? ""
                : gegevens.gebruikersnaam().strip();
        if (!Gebruiker.isGeldigeGebruikersnaam(login)) {
            throw Fout.ongeldig("Veld gebruikersnaam: " + Gebruiker.GEBRUIKERSNAAM_REGEL.toLowerCase(Locale.ROOT));
        }
        if (!em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", login)
                .getResultList()
                .isEmpty()) {
            throw Fout.conflict("Er bestaat al een gebruiker met gebruikersnaam " + login);
        }
        String naam = gegevens.naam().strip();
        Set<Rol> rollen = EnumSet.copyOf(gegevens.rollen());
        Ministerie ministerie = ministerie(rollen, gegevens.ministerie());
        toegestaan(rollen, ministerie);
        wachtwoord(tijdelijkWachtwoord, login);
        Set<Rol> geen = EnumSet.noneOf(Rol.class);
        Set<Rol> meteen = toekenningen.toekennen(rollen, geen);
        Gebruiker g = nieuw(login, naam, ministerie, meteen);
        g.zetWachtwoord(hasher.maak(tijdelijkWachtwoord), true);
        email(g, gegevens.email());
        if (gegevens.functie() != null) {
            g.wijzigFunctie(gegevens.functie());
        }
        em.persist(g);
        em.flush();
        auditLog.vastleggen("AANGEMAAKT", "Gebruiker", g.getId(), ministerieId(g), null, beeld(g));
        toekenningen.vastleggen(g, rollen, geen, meteen);
        return g;
    }

    /**
     * Name, roles and ministry; refused when it would take the last active administrator away, or change the caller's
     * own roles.
     */
    public Gebruiker wijzig(long id, long versie, Gegevens gegevens) {
        Invoercontrole.controleer(gegevens);
        Gebruiker g = bewerkbaar(id, versie);
        Map<String, Object> voor = beeld(g);
        Set<Rol> rollen = EnumSet.copyOf(gegevens.rollen());
        if (g.isBeheerder() && !rollen.contains(Rol.ADMIN)) {
            if (isZelf(g)) {
                throw Fout.conflict("U kunt uw eigen beheerdersrol niet intrekken; laat een andere beheerder dat doen");
            }
            laatsteBeheerder(g, "de beheerdersrol kan niet worden ingetrokken");
        }
        // Separation of duties (issue 30): an administrator who could give themselves the coordinator's and the
        // signer's roles could produce a signed letter alone.
        if (isZelf(g) && !rollen.equals(g.getRollen())) {
            throw Fout.conflict("U kunt uw eigen rollen niet wijzigen; laat een andere beheerder dat doen");
        }
        Ministerie ministerie = ministerie(rollen, gegevens.ministerie());
        toegestaan(rollen, ministerie);
        Set<Rol> had = g.getRollen();
        Set<Rol> meteen = toekenningen.toekennen(rollen, had);
        g.wijzigNaam(gegevens.naam().strip());
        g.wijzigRollen(meteen, ministerie, Tijd.nu());
        email(g, gegevens.email());
        if (gegevens.functie() != null) {
            g.wijzigFunctie(gegevens.functie());
        }
        bewaar(g, "GEWIJZIGD", voor);
        toekenningen.vastleggen(g, rollen, had, meteen);
        return g;
    }

    /**
     * Takes effect whatever version the administrator read: deactivating someone who left must not fail because they
     * just changed their password (the version is accepted for symmetry with the other edits, and not checked).
     */
    public Gebruiker deactiveer(long id, long versie) {
        Gebruiker g = bewerkbaar(id, versie);
        if (!g.isActief()) {
            return g;
        }
        if (isZelf(g)) {
            throw Fout.conflict("U kunt uzelf niet deactiveren");
        }
        if (g.isBeheerder()) {
            laatsteBeheerder(g, "het account kan niet worden gedeactiveerd");
        }
        Map<String, Object> voor = beeld(g);
        g.deactiveer();
        return bewaar(g, "GEDEACTIVEERD", voor);
    }

    public Gebruiker activeer(long id, long versie) {
        Gebruiker g = bewerkbaar(id, versie);
        if (g.isActief()) {
            return g;
        }
        Map<String, Object> voor = beeld(g);
        g.activeer();
        return bewaar(g, "GEACTIVEERD", voor);
    }

    /** A temporary password for a user who forgot theirs; their sessions end and they must choose a new one at sign-in. */
    public Gebruiker tijdelijkWachtwoord(long id, long versie, String wachtwoord) {
        Gebruiker g = bewerkbaar(id, versie);
        wachtwoord(wachtwoord, g.getGebruikersnaam());
        Map<String, Object> voor = beeld(g);
        g.zetWachtwoord(hasher.maak(wachtwoord), true);
        // The audit line says that it happened, never the password or its hash.
        return bewaar(g, "TIJDELIJK_WACHTWOORD", voor);
    }

    public List<Ministerie> ministeries() {
        return referentie.ministeries();
    }

    private Gebruiker bewerkbaar(long id, long versie) {
        Gebruiker g = haal(id);
        Versie.controleer("De gebruiker", versie, g.getVersion());
        return g;
    }

    private Gebruiker bewaar(Gebruiker g, String actie, Map<String, Object> voor) {
        em.flush();
        auditLog.vastleggen(actie, "Gebruiker", g.getId(), ministerieId(g), voor, beeld(g));
        return g;
    }

    private void laatsteBeheerder(Gebruiker g, String gevolg) {
        long anderen = toekenningen.actieveBeheerders() - (g.isActief() ? 1 : 0);
        if (anderen < 1) {
            throw Fout.conflict(g.getGebruikersnaam() + " is de laatste actieve beheerder; " + gevolg);
        }
    }

    private boolean isZelf(Gebruiker g) {
        return g.getGebruikersnaam().equals(context.getCallerPrincipal().getName());
    }

    private Ministerie ministerie(Set<Rol> rollen, String code) {
        boolean contact = rollen.contains(Rol.MINISTRY_CONTACT);
        if (!contact) {
            if (code != null && !code.isBlank()) {
                throw Fout.ongeldig("Veld ministerie: alleen een contactpersoon hoort bij een ministerie");
            }
            return null;
        }
        if (code == null || code.isBlank()) {
            throw Fout.ongeldig(
                    "Veld ministerie: een contactpersoon hoort bij precies één ministerie; kies het ministerie");
        }
        return referentie
                .ministerie(code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> Fout.ongeldig("Veld ministerie: onbekende ministeriecode '" + code.strip() + "'"));
    }

    private static void wachtwoord(String wachtwoord, String gebruikersnaam) {
        Wachtwoordbeleid.fout(wachtwoord, gebruikersnaam).ifPresent(fout -> {
            throw Fout.ongeldig("Veld wachtwoord: " + fout);
        });
    }

    /** The combination of roles one account may hold (Gebruiker), checked on what was asked, before anything waits. */
    private static void toegestaan(Set<Rol> rollen, Ministerie ministerie) {
        Gebruiker.waaromNietToegestaan(rollen, ministerie).ifPresent(r -> {
            throw Fout.ongeldig("Veld rollen: " + r);
        });
    }

    private static Gebruiker nieuw(String login, String naam, Ministerie ministerie, Set<Rol> rollen) {
        try {
            return new Gebruiker(login, naam, null, ministerie, rollen, Tijd.nu());
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig(e.getMessage());
        }
    }

    private static Long ministerieId(Gebruiker g) {
        return g.getMinisterie() == null ? null : g.getMinisterie().getId();
    }

    /** What the audit trail keeps of a user: no password material. */
    private static void email(Gebruiker g, String adres) {
        if (adres == null) {
            return;
        }
        try {
            g.wijzigEmail(adres);
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig("Veld email: " + Gebruiker.EMAIL_REGEL.toLowerCase(Locale.ROOT));
        }
    }

    static Map<String, Object> beeld(Gebruiker g) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("gebruikersnaam", g.getGebruikersnaam());
        b.put("naam", g.getNaam());
        b.put("email", g.getEmail() == null ? "" : g.getEmail());
        b.put("functie", g.getFunctie() == null ? "" : g.getFunctie());
        b.put("rollen", g.getRollen().stream().map(Rol::name).sorted().collect(Collectors.toList()));
        b.put("ministerie", g.getMinisterie() == null ? "" : g.getMinisterie().getCode());
        b.put("actief", g.isActief());
        b.put("wachtwoordTijdelijk", g.isWachtwoordTijdelijk());
        return b;
    }
}
