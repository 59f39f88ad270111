package nl.bzk.spreiding.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo accounts, one per role, with a known password: only in the start profile (spreiding.demo.enabled=true, set by
 * {@code ./mvnw -Pstart package}). Existing accounts are left alone, so a changed demo password survives a restart.
 * A start with demo mode off deactivates demo accounts that an earlier demo start created; while they are active, start-up
 * logs a WARNING and every page shows a banner.
 */
@Singleton
@Startup
@DependsOn("Migraties")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    record Account(String gebruikersnaam, String naam, Rol rol, String ministerieCode) {
        /** Demo addresses under the reserved top-level domain .example (RFC 2606): never a real mailbox. */
        String email() {
            return gebruikersnaam + "@spreiding.example";
        }
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Beheerder Spreiding", Rol.ADMIN, null),
            new Account("bzk", "Coördinator BZK", Rol.BZK_COORDINATOR, null),
            new Account("bzk.beoordelaar", "Sanne Bakker", Rol.BZK_COORDINATOR, null),
            new Account("bzk.directeur", "Joost Mulder", Rol.BZK_COORDINATOR, null),
            new Account("ondertekenaar", "Ondertekenaar BZK", Rol.ONDERTEKENAAR, null),
            new Account("archivaris", "Archivaris", Rol.ARCHIVIST, null),
            new Account("contact.jenv", "Contactpersoon Justitie en Veiligheid", Rol.MINISTRY_CONTACT, "JENV"),
            new Account("contact.fin", "Contactpersoon Financiën", Rol.MINISTRY_CONTACT, "FIN"),
            new Account("contact.def", "Contactpersoon Defensie", Rol.MINISTRY_CONTACT, "DEF"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WachtwoordHash hasher;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "spreiding.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "spreiding.demo.password", defaultValue = "demo")
    private String wachtwoord;

    private boolean actief;

    /**
     * True while demo accounts with their known password can sign in (the pages show a banner). Every page asks: a read
     * lock, not the singleton's default write lock, so pages do not queue for it.
     */
    @Lock(LockType.READ)
    public boolean isActief() {
        return actief;
    }

    @PostConstruct
    void maakAan() {
        if (!enabled) {
            schakelUit();
            return;
        }
        actief = true;
        LOG.warning(
                "Demomodus: demo-accounts met een bekend wachtwoord zijn actief (spreiding.demo.enabled=true). Niet voor productie.");
        for (Account account : ACCOUNTS) {
            if (gebruikers.zoek(account.gebruikersnaam()).isPresent()) {
                continue;
            }
            Ministerie ministerie = account.ministerieCode() == null
                    ? null
                    : em.createNamedQuery(Ministerie.MET_CODE, Ministerie.class)
                            .setParameter("code", account.ministerieCode())
                            .getSingleResult();
            Gebruiker gebruiker = new Gebruiker(
                    account.gebruikersnaam(),
                    account.naam(),
                    hasher.maak(wachtwoord),
                    ministerie,
                    Set.of(account.rol()),
                    Tijd.nu());
            gebruiker.wijzigEmail(account.email());
            em.persist(gebruiker);
            em.flush();
            auditLog.vastleggen(
                    "AANGEMAAKT",
                    "Gebruiker",
                    gebruiker.getId(),
                    null,
                    null,
                    Map.of(
                            "gebruikersnaam",
                            account.gebruikersnaam(),
                            "rol",
                            account.rol().name(),
                            "ministerie",
                            account.ministerieCode() == null ? "" : account.ministerieCode()));
            LOG.info(() -> "Demo-account aangemaakt: " + account.gebruikersnaam() + " (" + account.rol() + ")");
        }
    }

    private void schakelUit() {
        for (Account account : ACCOUNTS) {
            gebruikers
                    .zoek(account.gebruikersnaam())
                    .filter(Gebruiker::isActief)
                    .ifPresent(g -> {
                        g.deactiveer();
                        auditLog.vastleggen(
                                "GEDEACTIVEERD",
                                "Gebruiker",
                                g.getId(),
                                null,
                                Map.of("actief", true),
                                Map.of("actief", false, "reden", "demomodus uit"));
                        LOG.warning(() ->
                                "Demo-account " + account.gebruikersnaam() + " gedeactiveerd: de demomodus staat uit");
                    });
        }
    }
}
