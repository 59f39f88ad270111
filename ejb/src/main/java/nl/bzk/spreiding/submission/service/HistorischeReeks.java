package nl.bzk.spreiding.submission.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.ValidatieFout;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.submission.bestand.Reekskolommen;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringRegel;
import nl.bzk.spreiding.submission.entity.Ronde;

/**
 * The historical series (issue 17): BZK imports the FTE per unit per province of years before the application was in
 * use, from one CSV or XLSX file, as accepted historical rounds, so the development on the dashboard and in Bijlage 1
 * starts where the series starts. All or nothing: any error in the file stores nothing. A year already in the series
 * is replaced by the file's lines of that year; a year with a normal round is refused.
 */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
public class HistorischeReeks {

    /** What is kept of a file name as the source of a year. */
    static final int MAX_BRON = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private AuditLog auditLog;

    /** Tells the figures cache that the figures of these years changed, once the transaction committed. */
    @Inject
    private Event<ReeksIngelezen> ingelezen;

    @Resource
    private SessionContext context;

    private Clock klok = Clock.system(Tijd.ZONE);

    /** One ministry's part of a year of the series. */
    public record Ministeriedeel(String ministerie, long regels, BigDecimal fte) {}

    /** One year of the series as stored: where it came from, and its ministries. */
    public record Reeksjaar(
            int jaar, String bron, OffsetDateTime ingelezenOp, String ingelezenDoor, List<Ministeriedeel> delen) {

        public long regels() {
            return delen.stream().mapToLong(Ministeriedeel::regels).sum();
        }

        public BigDecimal fte() {
            return delen.stream().map(Ministeriedeel::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public int ministeries() {
            return delen.size();
        }
    }

    /** The years of the series, oldest first. */
    public List<Reeksjaar> jaren() {
        return em.createNamedQuery(Ronde.HISTORISCHE, Ronde.class).getResultList().stream()
                .map(this::reeksjaar)
                .toList();
    }

    /** Imports a CSV or XLSX file of the series; returns the years it held, as now stored. */
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public List<Reeksjaar> importeer(String bestandsnaam, String mediaType, byte[] inhoud) {
        Bestandsinvoer.Gelezen<ReeksInvoer> bestand =
                Bestandsinvoer.lees(bestandsnaam, mediaType, inhoud, new Reekskolommen());
        Reekscontrole.Uitkomst uitkomst = new Reekscontrole(
                        referentie.onderdelenOpCode(),
                        referentie.provincies(),
                        new HashSet<>(em.createNamedQuery(Ronde.JAREN_NIET_HISTORISCH, Integer.class)
                                .getResultList()),
                        LocalDate.now(klok).getYear())
                .controleer(bestand.regels());
        if (!uitkomst.isGoed()) {
            throw new ValidatieFout(
                    Aanleveringen.samenvatting(uitkomst.bevindingen().size(), "het bestand"), uitkomst.bevindingen());
        }
        Map<Integer, List<Reekscontrole.GoedeReeksregel>> perJaar = uitkomst.regels().stream()
                .collect(Collectors.groupingBy(Reekscontrole.GoedeReeksregel::jaar, TreeMap::new, Collectors.toList()));
        String bron = bron(bestandsnaam);
        OffsetDateTime nu = OffsetDateTime.now(klok);
        String door = context.getCallerPrincipal().getName();
        List<Reeksjaar> opgeslagen = new ArrayList<>();
        perJaar.forEach((jaar, regels) -> opgeslagen.add(slaJaarOp(jaar, regels, bron, nu, door)));
        ingelezen.fire(new ReeksIngelezen(List.copyOf(perJaar.keySet())));
        return opgeslagen;
    }

    /** Stores one year of the series (replacing it when it is there) and returns it as stored. */
    private Reeksjaar slaJaarOp(
            int jaar, List<Reekscontrole.GoedeReeksregel> regels, String bron, OffsetDateTime op, String door) {
        Ronde ronde = ronde(jaar);
        Reeksjaar voor = null;
        if (ronde == null) {
            ronde = Ronde.historisch(jaar, bron, op, door);
            em.persist(ronde);
        } else {
            // Only a historical round can be here: the check refused the years of normal rounds.
            voor = reeksjaar(ronde);
            em.createNamedQuery(AanleveringRegel.VERWIJDER_VAN_RONDE)
                    .setParameter("ronde", ronde)
                    .executeUpdate();
            em.createNamedQuery(Aanlevering.VERWIJDER_VAN_RONDE)
                    .setParameter("ronde", ronde)
                    .executeUpdate();
            ronde.opnieuwIngelezen(bron, op, door);
        }
        Map<Long, Aanlevering> perMinisterie = new LinkedHashMap<>();
        for (Reekscontrole.GoedeReeksregel r : regels) {
            Ministerie ministerie = r.onderdeel().getMinisterie();
            Ronde deze = ronde;
            Aanlevering aanlevering = perMinisterie.computeIfAbsent(ministerie.getId(), m -> {
                Aanlevering nieuw = Aanlevering.historisch(deze, ministerie, op, door);
                em.persist(nieuw);
                return nieuw;
            });
            em.persist(new AanleveringRegel(
                    aanlevering, r.onderdeel(), r.provincie(), r.gemeente(), r.fte(), List.of(), null));
        }
        em.flush();
        Reeksjaar na = reeksjaar(ronde);
        auditLog.vastleggen(
                voor == null ? "HISTORISCH_INGELEZEN" : "HISTORISCH_VERVANGEN", "Ronde", jaar, null, voor, na);
        return na;
    }

    private Ronde ronde(int jaar) {
        return em.createNamedQuery(Ronde.VAN_JAAR, Ronde.class)
                .setParameter("jaar", jaar)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Reeksjaar reeksjaar(Ronde ronde) {
        List<Ministeriedeel> delen = em
                .createNamedQuery(AanleveringRegel.PER_MINISTERIE_IN_RONDE, Object[].class)
                .setParameter("ronde", ronde)
                .getResultList()
                .stream()
                .map(r -> new Ministeriedeel((String) r[0], ((Number) r[1]).longValue(), (BigDecimal) r[2]))
                .toList();
        return new Reeksjaar(ronde.getJaar(), ronde.getBron(), ronde.getIngelezenOp(), ronde.getIngelezenDoor(), delen);
    }

    /** The file name without a path, bounded: what the user sees as the source of a year. */
    public static String bron(String bestandsnaam) {
        if (bestandsnaam == null || bestandsnaam.isBlank()) {
            return "(bestand zonder naam)";
        }
        String naam = bestandsnaam.strip();
        naam = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
        naam = naam.replaceAll("\\p{Cntrl}", "");
        return naam.length() > MAX_BRON ? naam.substring(0, MAX_BRON - 1) + "…" : naam;
    }
}
