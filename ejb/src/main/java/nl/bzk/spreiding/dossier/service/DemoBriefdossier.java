package nl.bzk.spreiding.dossier.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.entity.DossierStatus;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Namens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for every role: last year's letter (figures of 1 January 2025, action plan period 2025) as a signed
 * dossier, made on first start the way people make one (issue 31): the demo coordinator drafts it, the demo reviewer and
 * director approve it, the demo signatory signs it, and the archive holds its four records. So the demo shows one set
 * per year, the dossier page shows a finished route, and a replacement can be tried. The steps run as the start-up
 * task acting for those demo accounts ({@link Namens}), so the route's rules are checked on them; nobody is mailed.
 */
@Singleton
@Startup
@DependsOn({"Migraties", "StandaardSjablonen", "DemoAanleveringen", "DemoCasussen", "DemoAccounts", "Ondertekensleutel"
})
public class DemoBriefdossier {

    static final int JAAR = 2025;

    private static final Logger LOG = Logger.getLogger(DemoBriefdossier.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Opstellen opstellen;

    @EJB
    private Ondertekenen ondertekenen;

    @Inject
    @ConfigProperty(name = "spreiding.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void laad() {
        if (!enabled
                || em.createNamedQuery(Archiefstuk.AANTAL, Long.class).getSingleResult() > 0
                || !em.createNamedQuery(Briefdossier.VAN_JAAR, Briefdossier.class)
                        .setParameter("jaar", JAAR)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        opstellen.doorDeRoute();
        int stukken = ondertekenen.onderteken();
        LOG.info("Demo-archief: " + stukken + " ondertekende documenten van " + JAAR + ", via het briefdossier");
    }

    /**
     * Drafting and the route, as the demo coordinator and the two demo reviewers. Beans of their own: the container
     * applies a run-as identity to calls made from business methods, not from a singleton's start-up callback.
     */
    @Stateless(name = "DemoBriefdossierOpstellen")
    @RunAs(Rol.BZK_COORDINATOR_NAAM)
    public static class Opstellen {

        @EJB
        private Briefdossiers dossiers;

        public void doorDeRoute() {
            Namens.uitvoeren("bzk", () -> {
                Briefdossier d = dossiers.maak(
                        new Briefdossiers.Nieuw(JAAR, "2025", "31 490", "2025-2026", "2025-0000482211", null, null));
                d = dossiers.wijzigBriefgegevens(
                        JAAR,
                        d.getVersion(),
                        new Briefdossiers.Briefgegevensinvoer(
                                "31 490",
                                "2025-2026",
                                "2025-0000482211",
                                "Stand van zaken spreiding rijkswerkgelegenheid " + JAAR,
                                LocalDate.of(2025, 9, 19),
                                "ondertekenaar"));
                dossiers.maakVersie(JAAR, d.getVersion());
                return dossiers.dienIn(JAAR, 1);
            });
            for (String beoordelaar : List.of("bzk.beoordelaar", "bzk.directeur")) {
                Namens.uitvoeren(
                        beoordelaar,
                        () -> dossiers.haal(JAAR).getStatus() == DossierStatus.IN_BEOORDELING
                                ? dossiers.keurGoed(JAAR, 1, List.of())
                                : null);
            }
        }
    }

    /** The signature, as the demo signatory. */
    @Stateless(name = "DemoBriefdossierOndertekenen")
    @RunAs(Rol.ONDERTEKENAAR_NAAM)
    public static class Ondertekenen {

        @EJB
        private Briefdossiers dossiers;

        public int onderteken() {
            return Namens.uitvoeren(
                    "ondertekenaar",
                    () -> dossiers.onderteken(JAAR, 1, null).getArchiefstukken().size());
        }
    }
}
