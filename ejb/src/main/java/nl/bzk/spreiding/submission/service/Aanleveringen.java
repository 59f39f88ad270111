package nl.bzk.spreiding.submission.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.Filtervraag;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.ValidatieFout;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.submission.bestand.Aanleverkolommen;
import nl.bzk.spreiding.submission.bestand.Bestandsformaat;
import nl.bzk.spreiding.submission.bestand.Sjabloon;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringRegel;
import nl.bzk.spreiding.submission.entity.AanleveringStatus;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;

/**
 * The ministries' submissions: entry (grid, API, CSV/XLSX), checks, and the review workflow
 * CONCEPT -> INGEDIEND -> TERUGGESTUURD -> INGEDIEND ... -> GOEDGEKEURD.
 * A ministry contact reaches only their own ministry's submission, whatever the entry point.
 */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Aanleveringen {

    private static final ZoneId NL = Tijd.ZONE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Gebruikers gebruikers;

    /** Tells the figures cache that the figures changed, once the transaction committed. */
    @Inject
    private Event<AanleveringBeoordeeld> beoordeeld;

    @Inject
    private Rondes rondes;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private AuditLog auditLog;

    @Resource
    private SessionContext context;

    private Clock klok = Clock.system(NL);

    // ---- reading ----

    /** BZK sees all submissions (of one round, or all); a ministry contact only their own ministry's. */
    public List<Aanlevering> lijst(Integer jaar) {
        Long eigen = gebruikers.zietAlleMinisteries()
                ? null
                : gebruikers.eigenMinisterie().getId();
        return Filtervraag.van(Aanlevering.class, "SELECT a FROM Aanlevering a")
                .met("a.ronde.jaar = :jaar", "jaar", jaar)
                .met("a.ministerie.id = :ministerie", "ministerie", eigen)
                .volgorde("a.ronde.jaar DESC, a.ministerie.naam")
                .query(em)
                .getResultList();
    }

    public Aanlevering haal(long id) {
        Aanlevering aanlevering = em.find(Aanlevering.class, id);
        if (aanlevering == null) {
            throw Fout.nietGevonden("Aanlevering " + id + " bestaat niet");
        }
        gebruikers.controleerMinisterie(aanlevering.getMinisterie().getId());
        return aanlevering;
    }

    public List<AanleveringRegel> regels(long id) {
        haal(id);
        return em.createNamedQuery(AanleveringRegel.VAN_AANLEVERING, AanleveringRegel.class)
                .setParameter("id", id)
                .getResultList();
    }

    public Overzicht overzicht(long id) {
        Aanlevering aanlevering = haal(id);
        List<AanleveringRegel> regels = regels(id);
        List<Vergelijking.Verschil> verschillen = Vergelijking.vergelijk(
                standen(regels),
                vorigJaar(
                        aanlevering.getMinisterie().getId(),
                        aanlevering.getRonde().getJaar()));
        Map<String, Overzicht.OnderdeelTotaal> perOnderdeel = new LinkedHashMap<>();
        BigDecimal vorig = BigDecimal.ZERO.setScale(2);
        BigDecimal dit = BigDecimal.ZERO.setScale(2);
        for (Vergelijking.Verschil v : verschillen) {
            perOnderdeel.merge(
                    v.onderdeel(),
                    new Overzicht.OnderdeelTotaal(v.onderdeel(), v.vorigJaar(), v.ditJaar(), v.verschil()),
                    (a, b) -> new Overzicht.OnderdeelTotaal(
                            a.onderdeel(),
                            a.vorigJaar().add(b.vorigJaar()),
                            a.ditJaar().add(b.ditJaar()),
                            a.verschil().add(b.verschil())));
            vorig = vorig.add(v.vorigJaar());
            dit = dit.add(v.ditJaar());
        }
        return new Overzicht(aanlevering, regels, verschillen, new ArrayList<>(perOnderdeel.values()), vorig, dit);
    }

    // ---- the ministry's work ----

    /** Opens (or returns, when it exists) the own ministry's submission in an open round, empty. */
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    public Aanlevering begin(int jaar) {
        return begin(jaar, false);
    }

    /**
     * Opens (or returns, when it exists) the own ministry's submission in an open round. {@code vooringevuld}: a new
     * submission starts with last year's accepted lines (same units, provinces and municipalities, last year's FTE,
     * the prognosis shifted by a year), so the comparison flags only what the contact changes or removes; lines of
     * units that are no longer active are left out. An existing submission is returned as it is.
     */
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    public Aanlevering begin(int jaar, boolean vooringevuld) {
        Ministerie ministerie = gebruikers.eigenMinisterie();
        Ronde ronde = rondes.haal(jaar);
        List<Aanlevering> bestaand = em.createNamedQuery(Aanlevering.VAN_RONDE_EN_MINISTERIE, Aanlevering.class)
                .setParameter("ronde", ronde)
                .setParameter("ministerie", ministerie)
                .getResultList();
        if (!bestaand.isEmpty()) {
            return bestaand.get(0);
        }
        if (ronde.getStatus() != RondeStatus.OPEN) {
            throw Fout.conflict("Inventarisatieronde " + jaar + " is niet open voor aanleveringen");
        }
        Aanlevering aanlevering = new Aanlevering(ronde, ministerie);
        em.persist(aanlevering);
        em.flush();
        auditLog.vastleggen(
                "AANGEMAAKT",
                "Aanlevering",
                aanlevering.getId(),
                ministerie.getId(),
                null,
                Map.of(
                        "ronde",
                        jaar,
                        "ministerie",
                        ministerie.getCode(),
                        "status",
                        aanlevering.getStatus().name()));
        if (vooringevuld) {
            List<Sjabloon.Rij> rijen = vanVorigJaar(aanlevering);
            RegelControle.Uitkomst vorig = controle(aanlevering)
                    .controleer(IntStream.range(0, rijen.size())
                            .mapToObj(i -> new RegelInvoer(
                                    i + 1,
                                    rijen.get(i).onderdeel(),
                                    rijen.get(i).provincie(),
                                    rijen.get(i).gemeente(),
                                    Nederlands.invoer(rijen.get(i).fte()),
                                    rijen.get(i).prognose().stream()
                                            .map(Nederlands::invoer)
                                            .toList(),
                                    null))
                            .toList());
            if (!vorig.regels().isEmpty()) {
                slaOp(aanlevering, vorig.regels(), "VOORINGEVULD");
            }
        }
        return aanlevering;
    }

    /** Replaces all lines with the given ones, all or nothing. */
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    public Aanlevering vervangRegels(long id, long versie, List<RegelInvoer> invoer) {
        Aanlevering aanlevering = bewerkbaar(id, versie);
        RegelControle.Uitkomst uitkomst = controle(aanlevering).controleer(invoer == null ? List.of() : invoer);
        if (!uitkomst.isGoed()) {
            throw new ValidatieFout(samenvatting(uitkomst.bevindingen().size(), "de invoer"), uitkomst.bevindingen());
        }
        return slaOp(aanlevering, uitkomst.regels(), "REGELS_GEWIJZIGD");
    }

    /** Imports a CSV or XLSX file as the complete set of lines: any error rejects the whole file. */
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    public Aanlevering importeer(long id, long versie, String bestandsnaam, String mediaType, byte[] inhoud) {
        Aanlevering aanlevering = bewerkbaar(id, versie);
        RegelControle controle = controle(aanlevering);
        Bestandsinvoer.Gelezen<RegelInvoer> ingelezen = Bestandsinvoer.lees(
                bestandsnaam, mediaType, inhoud, new Aanleverkolommen(controle.getPrognoseKolommen()));
        RegelControle.Uitkomst uitkomst = controle.controleer(ingelezen.regels());
        if (!uitkomst.isGoed()) {
            throw new ValidatieFout(samenvatting(uitkomst.bevindingen().size(), "het bestand"), uitkomst.bevindingen());
        }
        return slaOp(aanlevering, uitkomst.regels(), "GEIMPORTEERD " + ingelezen.formaat());
    }

    /** Files the submission with BZK. Pressing twice is harmless: an already filed submission is returned as it is. */
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    public Aanlevering dienIn(long id, long versie) {
        Aanlevering aanlevering = haal(id);
        if (aanlevering.getStatus() == AanleveringStatus.INGEDIEND) {
            return aanlevering;
        }
        aanlevering = bewerkbaar(id, versie);
        Overzicht overzicht = overzicht(id);
        List<Bevinding> fouten = new ArrayList<>();
        if (overzicht.regels().isEmpty()) {
            fouten.add(new Bevinding(null, null, null, "De aanlevering bevat nog geen regels"));
        }
        for (Vergelijking.Verschil v : overzicht.verschillen()) {
            if (v.ontbreektToelichting()) {
                fouten.add(new Bevinding(
                        eersteRij(overzicht.regels(), v),
                        "toelichting",
                        regelnaam(v.onderdeel(), v.provincie()),
                        toelichtingNodig(v)));
            }
        }
        if (!fouten.isEmpty()) {
            throw new ValidatieFout(
                    "De aanlevering kan nog niet worden ingediend: " + fouten.size()
                            + (fouten.size() == 1 ? " punt moet" : " punten moeten") + " worden aangevuld.",
                    fouten);
        }
        Map<String, Object> voor = snapshot(aanlevering);
        LocalDate vandaag = LocalDate.now(klok);
        aanlevering.ingediend(
                OffsetDateTime.now(klok),
                wie(),
                vandaag.isAfter(aanlevering.getRonde().getDeadline()));
        em.flush();
        auditLog.vastleggen(
                "INGEDIEND", "Aanlevering", id, aanlevering.getMinisterie().getId(), voor, snapshot(aanlevering));
        return aanlevering;
    }

    // ---- BZK's review ----

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Aanlevering stuurTerug(long id, long versie, String opmerking) {
        Invoercontrole.controleer(new Terugsturing(opmerking));
        Aanlevering aanlevering = haal(id);
        if (aanlevering.getStatus() == AanleveringStatus.TERUGGESTUURD
                && opmerking.strip().equals(aanlevering.getOpmerkingBzk())) {
            return aanlevering;
        }
        return beoordeel(aanlevering, versie, AanleveringStatus.TERUGGESTUURD, opmerking.strip());
    }

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Aanlevering keurGoed(long id, long versie) {
        Aanlevering aanlevering = haal(id);
        if (aanlevering.getStatus() == AanleveringStatus.GOEDGEKEURD) {
            return aanlevering;
        }
        return beoordeel(aanlevering, versie, AanleveringStatus.GOEDGEKEURD, aanlevering.getOpmerkingBzk());
    }

    private Aanlevering beoordeel(Aanlevering aanlevering, long versie, AanleveringStatus uitkomst, String opmerking) {
        Versie.controleer("Aanlevering " + aanlevering.getId(), versie, aanlevering.getVersion());
        Map<String, Object> voor = snapshot(aanlevering);
        aanlevering.beoordeeld(uitkomst, opmerking, OffsetDateTime.now(klok), wie());
        em.flush();
        beoordeeld.fire(new AanleveringBeoordeeld(
                aanlevering.getId(), aanlevering.getRonde().getJaar()));
        auditLog.vastleggen(
                uitkomst == AanleveringStatus.GOEDGEKEURD ? "GOEDGEKEURD" : "TERUGGESTUURD",
                "Aanlevering",
                aanlevering.getId(),
                aanlevering.getMinisterie().getId(),
                voor,
                snapshot(aanlevering));
        return aanlevering;
    }

    /** A line as the contact reads it: "Centraal Justitieel Incassobureau (CJIB), Fryslân", not "CJIB PV21". */
    private String regelnaam(String onderdeel, String provincie) {
        String o = referentie
                .onderdeel(onderdeel)
                .map(x -> x.benaming().volledigeNaam())
                .orElse(onderdeel);
        Provincie p = em.find(Provincie.class, provincie);
        return o + ", " + (p == null ? provincie : p.getNaam());
    }

    // ---- template ----

    /**
     * Last year's accepted lines as this year's starting point: last year's FTE stands as this year's figure, and
     * last year's prognosis for the next years is this year's best first guess, shifted by one year; where this
     * round looks further ahead than last year's did, its last year is repeated.
     */
    private List<Sjabloon.Rij> vanVorigJaar(Aanlevering aanlevering) {
        List<Sjabloon.Rij> rijen = new ArrayList<>();
        for (AanleveringRegel r : regelsVorigJaar(aanlevering)) {
            List<BigDecimal> p = r.getPrognose();
            List<BigDecimal> verschoven = new ArrayList<>();
            for (int i = 1; i <= aanlevering.getRonde().getAantalPrognosejaren(); i++) {
                // A year of the historical series has no prognosis: the prefill then expects no change, for the
                // contact to adjust.
                verschoven.add(p.isEmpty() ? r.getFte() : p.get(Math.min(i, p.size() - 1)));
            }
            rijen.add(rij(r, r.getFte(), verschoven, null));
        }
        return rijen;
    }

    /** A line of the template: unit and province with code and name, this line's FTE and municipality. */
    private static Sjabloon.Rij rij(
            AanleveringRegel r, BigDecimal fteVorigJaar, List<BigDecimal> prognose, String toelichting) {
        return new Sjabloon.Rij(
                r.getOnderdeel().getCode(),
                r.getOnderdeel().getNaam(),
                r.getProvincie().getCode(),
                r.getProvincie().getNaam(),
                r.getGemeente(),
                fteVorigJaar,
                r.getFte(),
                prognose,
                toelichting);
    }

    public byte[] sjabloon(long id, Bestandsformaat formaat) {
        Aanlevering aanlevering = haal(id);
        RegelControle controle = controle(aanlevering);
        List<AanleveringRegel> huidige = regels(id);
        Map<String, BigDecimal> vorig = vorigJaar(
                aanlevering.getMinisterie().getId(), aanlevering.getRonde().getJaar());
        List<Sjabloon.Rij> rijen = new ArrayList<>();
        if (!huidige.isEmpty()) {
            for (AanleveringRegel r : huidige) {
                rijen.add(rij(
                        r,
                        vorig.get(r.getOnderdeel().getCode() + "|"
                                + r.getProvincie().getCode()),
                        r.getPrognose(),
                        r.getToelichting()));
            }
        } else {
            rijen.addAll(vanVorigJaar(aanlevering));
        }
        if (formaat == Bestandsformaat.CSV) {
            return Sjabloon.csv(controle.getPrognoseKolommen(), rijen);
        }
        List<Sjabloon.Code> codes = new ArrayList<>();
        referentie.onderdelen(aanlevering.getMinisterie().getCode()).stream()
                .filter(Organisatieonderdeel::isActief)
                .forEach(o -> codes.add(new Sjabloon.Code(o.getCode(), o.getNaam(), "onderdeel")));
        referentie.provincies().forEach(p -> codes.add(new Sjabloon.Code(p.getCode(), p.getNaam(), "provincie")));
        return Sjabloon.xlsx(controle.getPrognoseKolommen(), rijen, codes);
    }

    // ---- helpers ----

    private Aanlevering bewerkbaar(long id, long versie) {
        Aanlevering aanlevering = haal(id);
        aanlevering.controleerBewerkbaar();
        Versie.controleer("De aanlevering", versie, aanlevering.getVersion());
        return aanlevering;
    }

    private Aanlevering slaOp(Aanlevering aanlevering, List<RegelControle.GoedeRegel> regels, String actie) {
        List<String> voor = regelSnapshot(regels(aanlevering.getId()));
        em.createNamedQuery(AanleveringRegel.VERWIJDER_VAN_AANLEVERING)
                .setParameter("a", aanlevering)
                .executeUpdate();
        for (RegelControle.GoedeRegel r : regels) {
            em.persist(new AanleveringRegel(
                    aanlevering, r.onderdeel(), r.provincie(), r.gemeente(), r.fte(), r.prognose(), r.toelichting()));
        }
        // Every change of the lines raises the submission's version: a second editor with an old screen is refused.
        em.lock(aanlevering, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        List<String> na = regels.stream().map(Aanleveringen::regelTekst).toList();
        auditLog.vastleggen(
                actie,
                "Aanlevering",
                aanlevering.getId(),
                aanlevering.getMinisterie().getId(),
                Map.of("regels", voor),
                Map.of("regels", na));
        return aanlevering;
    }

    private RegelControle controle(Aanlevering aanlevering) {
        Map<String, Organisatieonderdeel> onderdelen = referentie.onderdelenOpCode();
        Map<String, Provincie> provincies =
                referentie.provincies().stream().collect(Collectors.toMap(Provincie::getCode, Function.identity()));
        return new RegelControle(
                aanlevering.getMinisterie(),
                onderdelen,
                provincies,
                aanlevering.getRonde().getPrognosejaren());
    }

    /** Last year's accepted FTE of a ministry per "onderdeel|provincie", summed in the database. */
    Map<String, BigDecimal> vorigJaar(Long ministerieId, int jaar) {
        List<Object[]> rijen = em.createNamedQuery(AanleveringRegel.FTE_PER_ONDERDEEL_EN_PROVINCIE, Object[].class)
                .setParameter("m", ministerieId)
                .setParameter("j", jaar - 1)
                .setParameter("s", AanleveringStatus.GOEDGEKEURD)
                .getResultList();
        Map<String, BigDecimal> vorig = new HashMap<>();
        for (Object[] rij : rijen) {
            vorig.put(rij[0] + "|" + rij[1], (BigDecimal) rij[2]);
        }
        return vorig;
    }

    private List<AanleveringRegel> regelsVorigJaar(Aanlevering aanlevering) {
        return em.createNamedQuery(AanleveringRegel.VAN_MINISTERIE_IN_JAAR, AanleveringRegel.class)
                .setParameter("m", aanlevering.getMinisterie())
                .setParameter("j", aanlevering.getRonde().getJaar() - 1)
                .setParameter("s", AanleveringStatus.GOEDGEKEURD)
                .getResultList();
    }

    private static List<Vergelijking.Stand> standen(List<AanleveringRegel> regels) {
        return regels.stream()
                .map(r -> new Vergelijking.Stand(
                        r.getOnderdeel().getCode(),
                        r.getProvincie().getCode(),
                        r.getFte(),
                        r.getToelichting() != null && !r.getToelichting().isBlank()))
                .toList();
    }

    private static Integer eersteRij(List<AanleveringRegel> regels, Vergelijking.Verschil v) {
        for (int i = 0; i < regels.size(); i++) {
            AanleveringRegel r = regels.get(i);
            if (r.getOnderdeel().getCode().equals(v.onderdeel())
                    && r.getProvincie().getCode().equals(v.provincie())) {
                return i + 1;
            }
        }
        return null;
    }

    static String toelichtingNodig(Vergelijking.Verschil v) {
        String verschil = Nederlands.verschil(v.verschil(), 2);
        String procent = v.procent() == null ? "" : ", " + Nederlands.procentVerschil(v.procent(), 1);
        String nu = v.ditJaar().signum() == 0 && v.vorigJaar().signum() > 0
                ? "nu niet aangeleverd; voeg een regel met 0 fte en een toelichting toe"
                : "nu " + Nederlands.getal(v.ditJaar(), 2) + " fte";
        return "vorig jaar " + Nederlands.getal(v.vorigJaar(), 2) + " fte, " + nu + " (" + verschil + " fte" + procent
                + "). Een verandering van 100 fte of meer, of van meer dan 10 %, vraagt een toelichting";
    }

    static String samenvatting(int aantal, String wat) {
        return "In " + wat + " " + (aantal == 1 ? "staat 1 fout" : "staan " + aantal + " fouten")
                + "; er is niets opgeslagen.";
    }

    private String wie() {
        return context.getCallerPrincipal().getName();
    }

    private static Map<String, Object> snapshot(Aanlevering a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", a.getStatus().name());
        s.put("teLaat", a.isTeLaat());
        s.put("opmerkingBzk", Objects.toString(a.getOpmerkingBzk(), ""));
        s.put("versie", a.getVersion());
        return s;
    }

    private static List<String> regelSnapshot(List<AanleveringRegel> regels) {
        return regels.stream()
                .map(r -> regelTekst(
                        r.getOnderdeel().getCode(),
                        r.getProvincie().getCode(),
                        r.getGemeente(),
                        r.getFte(),
                        r.getPrognose(),
                        r.getToelichting()))
                .toList();
    }

    private static String regelTekst(RegelControle.GoedeRegel r) {
        return regelTekst(
                r.onderdeel().getCode(), r.provincie().getCode(), r.gemeente(), r.fte(), r.prognose(), r.toelichting());
    }

    /** A line as the audit trail keeps it: "CJIB;PV21;Leeuwarden;553.50;560.00;...;toelichting". */
    private static String regelTekst(
            String onderdeel,
            String provincie,
            String gemeente,
            BigDecimal fte,
            List<BigDecimal> prognose,
            String toelichting) {
        return String.join(
                ";",
                onderdeel,
                provincie,
                gemeente,
                fte.toPlainString(),
                prognose.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(";")),
                Objects.toString(toelichting, ""));
    }

    /** Why BZK returns a submission: the contact reads it, so it is required and plain text. */
    record Terugsturing(
            @NotBlank(message = "{spreiding.terugsturing}") @Vrijetekst
            String opmerking) {}
}
