package nl.bzk.spreiding.archive.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for archivists: last year's letter set (figures of 1 January 2025, action plan period 2025) generated,
 * signed with the development key and archived on first start, so the archivist account has something to find.
 * Runs as the coordinator role through the run-as principal Rol.SYSTEEMTAAK (glassfish-web.xml), like a scheduled task would.
 */
@Singleton
@Startup
@DependsOn({"Migraties", "StandaardSjablonen", "DemoAanleveringen", "DemoCasussen", "Ondertekensleutel"})
public class DemoArchief {

    private static final Logger LOG = Logger.getLogger(DemoArchief.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Taak taak;

    @Inject
    @ConfigProperty(name = "spreiding.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void laad() {
        if (!enabled || em.createNamedQuery(Archiefstuk.AANTAL, Long.class).getSingleResult() > 0) {
            return;
        }
        LOG.info("Demo-archief: " + taak.vulAan() + " ondertekende documenten van 2025");
    }

    /**
     * The work itself, in a bean of its own: the container applies a run-as identity to calls made from business
     * methods, not from a singleton's start-up callback.
     */
    @Stateless(name = "DemoArchiefTaak")
    @RunAs(Rol.BZK_COORDINATOR_NAAM)
    public static class Taak {

        @Inject
        private Documentgenerator generator;

        @Inject
        private Archief archief;

        public int vulAan() {
            var set = generator.genereerSet(new Documentgenerator.Verzoek(
                    null,
                    2025,
                    "2025",
                    null,
                    "29 697, nr. 160",
                    "2025-2026",
                    "2025-0000482211",
                    LocalDate.of(2025, 9, 19),
                    null,
                    "F. Rijkaart"));
            for (Documentgenerator.Gegenereerd g : set) {
                archief.stelVast(g.document().getId(), g.document().getVersion(), null);
            }
            return set.size();
        }
    }
}
