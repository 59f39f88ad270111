package nl.bzk.spreiding.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a production installation, without any default password: when no active administrator
 * exists, start-up creates one from {@code spreiding.beheerder.gebruikersnaam} and the password in the environment
 * variable {@code SPREIDING_BEHEERDER_WACHTWOORD} (one-time; remove both afterwards), or logs how to do that.
 */
@Singleton
@Startup
@DependsOn({"Migraties", "DemoAccounts"})
public class EersteBeheerder {

    private static final Logger LOG = Logger.getLogger(EersteBeheerder.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WachtwoordHash hasher;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "spreiding.beheerder.gebruikersnaam")
    private Optional<String> gebruikersnaam;

    @Inject
    @ConfigProperty(name = "spreiding.beheerder.wachtwoord")
    private Optional<String> wachtwoord;

    @PostConstruct
    void controleer() {
        long beheerders = em.createNamedQuery(Gebruiker.ACTIEVE_BEHEERDERS, Long.class)
                .setParameter("rol", Rol.ADMIN)
                .getSingleResult();
        if (beheerders > 0) {
            return;
        }
        if (gebruikersnaam.isEmpty() || wachtwoord.isEmpty()) {
            LOG.warning(
                    "Er is geen actieve beheerder. Start eenmalig met -Dspreiding.beheerder.gebruikersnaam=<naam> en de "
                            + "omgevingsvariabele SPREIDING_BEHEERDER_WACHTWOORD=<wachtwoord van minstens "
                            + Wachtwoordbeleid.MINIMALE_LENGTE
                            + " tekens>; daarna beide weer weghalen (docs/security.md).");
            return;
        }
        String naam = gebruikersnaam.get().strip();
        // The same password policy as every other account (Wachtwoordbeleid), not a rule of its own.
        Optional<String> fout = Gebruiker.isGeldigeGebruikersnaam(naam)
                ? Wachtwoordbeleid.fout(wachtwoord.get(), naam)
                : Optional.of(Gebruiker.GEBRUIKERSNAAM_REGEL);
        if (fout.isPresent()) {
            LOG.severe(() -> "Eerste beheerder niet aangemaakt: " + fout.get() + ".");
            return;
        }
        if (em.createNamedQuery(Gebruiker.AANTAL_MET_NAAM, Long.class)
                        .setParameter("n", naam)
                        .getSingleResult()
                > 0) {
            LOG.severe(() -> "Eerste beheerder niet aangemaakt: er bestaat al een account " + naam + ".");
            return;
        }
        Gebruiker beheerder =
                new Gebruiker(naam, "Beheerder", hasher.maak(wachtwoord.get()), null, Set.of(Rol.ADMIN), Tijd.nu());
        em.persist(beheerder);
        em.flush();
        auditLog.vastleggen(
                "AANGEMAAKT",
                "Gebruiker",
                beheerder.getId(),
                null,
                null,
                Map.of("gebruikersnaam", naam, "rol", Rol.ADMIN.name(), "via", "eerste beheerder bij de start"));
        LOG.warning(() -> "Eerste beheerder " + naam + " aangemaakt. Haal spreiding.beheerder.gebruikersnaam en "
                + "SPREIDING_BEHEERDER_WACHTWOORD nu weg uit de configuratie.");
    }
}
