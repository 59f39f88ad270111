package nl.bzk.spreiding.archive.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.archive.entity.Archiefvernieuwing;
import nl.bzk.spreiding.archive.ondertekening.Documenttijdstempel;
import nl.bzk.spreiding.archive.ondertekening.DssVerificatie;
import nl.bzk.spreiding.archive.ondertekening.Pdfvoorcontrole;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Taakslot;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps archived signatures verifiable for the long term (PAdES B-LTA): every record whose newest document time-stamp
 * needs a successor ({@link Documenttijdstempel#moetVernieuwen}: its TSA certificate expires within the threshold, its
 * hash is weak, or it has none yet) gets a further document time-stamp. The renewed file is a new, chained row; the
 * record and the earlier files stay; the event is in the audit trail and in the MDTO export. Runs nightly when a
 * time-stamp service is configured, and on request of an administrator.
 */
@Stateless
@RolesAllowed({Rol.ADMIN_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Tijdstempelvernieuwing {

    private static final Logger LOG = Logger.getLogger(Tijdstempelvernieuwing.class.getName());

    public record Uitkomst(int bekeken, int vernieuwd, List<String> meldingen) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Archief archief;

    @Inject
    private Archiefketen keten;

    @Inject
    private Ondertekensleutel sleutel;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "spreiding.archief.tijdstempel.vernieuwen-binnen", defaultValue = "P180D")
    private String standaardDrempel;

    public Duration standaardDrempel() {
        return Duration.parse(standaardDrempel);
    }

    public Uitkomst vernieuw(Duration drempel) {
        List<String> meldingen = new ArrayList<>();
        if (sleutel.tijdstempelaar() == null) {
            meldingen.add(
                    "Er is geen tijdstempeldienst ingesteld (spreiding.ondertekening.tsa); er is niets vernieuwd.");
            return new Uitkomst(0, 0, meldingen);
        }
        List<Long> ids = em.createNamedQuery(Archiefstuk.IDS, Long.class).getResultList();
        int vernieuwd = 0;
        OffsetDateTime nu = Tijd.nu();
        for (long id : ids) {
            byte[] pdf = archief.pdf(id);
            try {
                // PDFBox and DSS read only a file that keeps the bounds (a stored file changed in the database
                // could hide a bomb as well as an uploaded one).
                Pdfvoorcontrole.controleer(pdf, Pdfvoorcontrole.STANDAARD);
            } catch (Pdfvoorcontrole.Buitengrenzen e) {
                meldingen.add("Archiefstuk " + id + ": niet vernieuwd, het bestand valt buiten de grenzen van de "
                        + "PDF-controle (" + e.getMessage() + ")");
                continue;
            }
            String reden = Documenttijdstempel.moetVernieuwen(pdf, drempel, nu.toInstant());
            if (reden == null) {
                continue;
            }
            byte[] nieuw = Documenttijdstempel.voegToe(pdf, sleutel.tijdstempelaar());
            Verificatierapport r;
            try {
                r = DssVerificatie.rapport(nieuw, null, sleutel.vertrouwd(), DssVerificatie.Bron.ARCHIEF);
            } catch (Pdfvoorcontrole.Buitengrenzen e) {
                meldingen.add("Archiefstuk " + id + ": de vernieuwde versie valt buiten de grenzen van de "
                        + "PDF-controle (" + e.getMessage() + "); niet bewaard.");
                continue;
            }
            if (!r.geldig()) {
                meldingen.add("Archiefstuk " + id + ": de vernieuwde handtekening is niet geldig ("
                        + r.dss().oordeel() + "); niet bewaard.");
                continue;
            }
            int volgnummer = archief.vernieuwingen(id).size() + 1;
            Archiefvernieuwing v =
                    new Archiefvernieuwing(id, volgnummer, nieuw, Sha256.van(nieuw), nu, reden, r.niveau());
            em.persist(v);
            em.flush();
            keten.voegToe(v);
            Map<String, Object> na = new LinkedHashMap<>();
            na.put("archiefstuk", id);
            na.put("vernieuwing", volgnummer);
            na.put("reden", reden);
            na.put("sha256", v.getSha256());
            na.put("niveau", r.niveau());
            auditLog.vastleggen("TIJDSTEMPEL_VERNIEUWD", "Archiefstuk", id, null, null, na);
            meldingen.add(
                    "Archiefstuk " + id + ": nieuwe documenttijdstempel (" + reden + "); niveau " + r.niveau() + ".");
            vernieuwd++;
        }
        return new Uitkomst(ids.size(), vernieuwd, meldingen);
    }

    /**
     * The nightly run, as the system task (run-as principal, see glassfish-ejb-jar.xml), at the time of day set by
     * {@code spreiding.archief.tijdstempel.tijdstip} (Dutch time, {@code uu:mm}; {@code *:*} every minute, for tests).
     * With several instances each fires; the one that claims the minute ({@link Taakslot}) renews.
     */
    @Singleton(name = "TijdstempelvernieuwingTaak")
    @Startup
    @RunAs(Rol.BZK_COORDINATOR_NAAM)
    public static class Taak {

        static final String NAAM = "tijdstempelvernieuwing";

        @Inject
        private Tijdstempelvernieuwing vernieuwing;

        @Inject
        private Taakslot slot;

        @Resource
        private TimerService timers;

        @Inject
        @ConfigProperty(name = "spreiding.archief.tijdstempel.tijdstip", defaultValue = "02:30")
        private String tijdstip;

        @PostConstruct
        void plan() {
            String[] delen = tijdstip.trim().split(":");
            try {
                if (delen.length != 2) {
                    throw new IllegalArgumentException("geen uu:mm");
                }
                timers.createCalendarTimer(
                        new ScheduleExpression().hour(delen[0]).minute(delen[1]).timezone(Tijd.ZONE.getId()),
                        new TimerConfig(NAAM, false));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        "Instelling spreiding.archief.tijdstempel.tijdstip: '" + tijdstip
                                + "' is geen tijdstip (uu:mm, bijvoorbeeld 02:30)",
                        e);
            }
        }

        @Timeout
        void elkeKeer() {
            if (!slot.neem(NAAM, Instant.now())) {
                LOG.info(() -> "Tijdstempelvernieuwing overgeslagen: een andere instantie voert deze uit");
                return;
            }
            Uitkomst u = vernieuwing.vernieuw(vernieuwing.standaardDrempel());
            LOG.info(() -> "Tijdstempelvernieuwing uitgevoerd door " + Taakslot.INSTANTIE + ": " + u.vernieuwd()
                    + " van " + u.bekeken() + " archiefstukken vernieuwd");
        }
    }
}
