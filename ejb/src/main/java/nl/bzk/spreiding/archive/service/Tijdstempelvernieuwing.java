package nl.bzk.spreiding.archive.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
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
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Sha256;
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
            String reden = Documenttijdstempel.moetVernieuwen(pdf, drempel, nu.toInstant());
            if (reden == null) {
                continue;
            }
            byte[] nieuw = Documenttijdstempel.voegToe(pdf, sleutel.tijdstempelaar());
            Verificatierapport r = DssVerificatie.rapport(nieuw, null, sleutel.vertrouwd());
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

    /** The nightly run, as the system task (run-as principal, see glassfish-ejb-jar.xml). */
    @Stateless(name = "TijdstempelvernieuwingTaak")
    @RunAs(Rol.BZK_COORDINATOR_NAAM)
    public static class Taak {

        @Inject
        private Tijdstempelvernieuwing vernieuwing;

        @Schedule(hour = "2", minute = "30", persistent = false)
        void elkeNacht() {
            Uitkomst u = vernieuwing.vernieuw(vernieuwing.standaardDrempel());
            if (u.vernieuwd() > 0) {
                LOG.info(() -> "Tijdstempels vernieuwd: " + u.vernieuwd() + " van " + u.bekeken() + " archiefstukken");
            }
        }
    }
}
