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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reporting rounds: everyone who files or reviews can see them; BZK prepares, opens and closes them. */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Rondes {

    @Inject
    private Goedkeuringen goedkeuringen;

    @PersistenceContext
    private EntityManager em;

    /** Round 2025 asks for 2026..2029 (the seed Kamerbrief's "Prognose 2025 – 2029"). */
    @Inject
    @ConfigProperty(name = "spreiding.ronde.prognosejaren", defaultValue = "4")
    private int standaardPrognosejaren;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<RondeGewijzigd> gewijzigd;

    @Inject
    private Referentiegegevens referentie;

    @Resource
    private SessionContext context;

    public List<Ronde> lijst() {
        return em.createNamedQuery(Ronde.ALLE, Ronde.class).getResultList();
    }

    public Optional<Ronde> zoek(int jaar) {
        return em.createNamedQuery(Ronde.VAN_JAAR, Ronde.class)
                .setParameter("jaar", jaar)
                .getResultStream()
                .findFirst();
    }

    public Ronde haal(int jaar) {
        return zoek(jaar).orElseThrow(() -> Fout.nietGevonden("Er is geen inventarisatieronde " + jaar));
    }

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Ronde maak(int jaar, LocalDate opening, LocalDate deadline, Integer prognosejaren) {
        Invoercontrole.controleer(new Rondeinvoer(jaar, opening, deadline));
        if (deadline.isBefore(opening)) {
            throw Fout.ongeldig("Veld deadline: " + deadline + " ligt vóór de opening " + opening);
        }
        if (zoek(jaar).isPresent()) {
            throw Fout.conflict("Er is al een inventarisatieronde " + jaar);
        }
        Ronde ronde =
                new Ronde(jaar, opening, deadline, prognosejaren == null ? standaardPrognosejaren : prognosejaren);
        em.persist(ronde);
        em.flush();
        auditLog.vastleggen("AANGEMAAKT", "Ronde", jaar, null, null, RondeSnapshot.van(ronde));
        return ronde;
    }

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Ronde open(int jaar, long versie) {
        return zetStatus(jaar, versie, RondeStatus.OPEN);
    }

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Ronde sluit(int jaar, long versie) {
        return zetStatus(jaar, versie, RondeStatus.GESLOTEN);
    }

    private Ronde zetStatus(int jaar, long versie, RondeStatus nieuw) {
        Ronde ronde = haal(jaar);
        if (ronde.getStatus() == nieuw) {
            return ronde; // pressing the button twice changes nothing
        }
        Versie.controleer("Inventarisatieronde " + jaar, versie, ronde.getVersion());
        RondeSnapshot voor = RondeSnapshot.van(ronde);
        ronde.setStatus(nieuw); // the round refuses a step it does not allow, saying why
        if (nieuw == RondeStatus.OPEN) {
            ronde.legVerwachtingVast(em.createNamedQuery(Ministerie.MET_ACTIEF_ONDERDEEL, Ministerie.class)
                    .getResultList());
        }
        em.flush();
        gewijzigd.fire(new RondeGewijzigd(jaar));
        auditLog.vastleggen(
                nieuw == RondeStatus.OPEN ? "GEOPEND" : "GESLOTEN",
                "Ronde",
                jaar,
                null,
                voor,
                RondeSnapshot.van(ronde));
        return ronde;
    }

    /**
     * The ministries expected to file from now on (codes); every other ministry of the list is marked as not filing,
     * with the reason. Only while the round is open; audited with before and after.
     */
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Ronde wijzigVerwachting(int jaar, long versie, Set<String> verwacht, String reden) {
        Ronde ronde = haal(jaar);
        Versie.controleer("Inventarisatieronde " + jaar, versie, ronde.getVersion());
        Fout waarom = ronde.waaromNietVerwachtingWijzigen(reden);
        if (waarom != null) {
            throw waarom;
        }
        Set<Ministerie> ministeries = new LinkedHashSet<>();
        for (String code : verwacht == null ? Set.<String>of() : verwacht) {
            ministeries.add(referentie
                    .ministerie(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> Fout.ongeldig("Veld verwacht: onbekende ministeriecode '" + code + "'")));
        }
        Map<String, Object> voor = verwachting(ronde);
        ronde.wijzigVerwachting(ministeries, reden, context.getCallerPrincipal().getName(), Tijd.nu());
        // The list is part of the round: a change of it is a new version of the round (no lost updates).
        em.lock(ronde, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        Map<String, Object> na = verwachting(ronde);
        na.put("reden", reden.strip());
        auditLog.vastleggen("VERWACHTING_GEWIJZIGD", "Ronde", jaar, null, voor, na);
        gewijzigd.fire(new RondeGewijzigd(jaar));
        return ronde;
    }

    /**
     * Records that a letter about this provisional year may be made (issue 31): a BZK coordinator, with a reason, once
     * per round; another coordinator then makes it ({@code Jaarstatus.waaromGeenBrief}), and every page of its
     * documents says VOORLOPIG. Audited with before and after.
     */
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Ronde staVoorlopigeBriefToe(int jaar, long versie, String reden) {
        Ronde ronde = haal(jaar);
        Versie.controleer("Inventarisatieronde " + jaar, versie, ronde.getVersion());
        Map<String, Object> voor = voorlopigeBrief(ronde);
        ronde.staVoorlopigeBriefToe(
                reden, goedgekeurd(jaar), context.getCallerPrincipal().getName(), Tijd.nu());
        em.flush();
        auditLog.vastleggen("VOORLOPIGE_BRIEF_TOEGESTAAN", "Ronde", jaar, null, voor, voorlopigeBrief(ronde));
        gewijzigd.fire(new RondeGewijzigd(jaar));
        return ronde;
    }

    /** Whether the page may offer the exception for the round's year now (the round's rule), as the refusal, or null. */
    public Fout waaromGeenUitzonderingMogelijk(Ronde ronde) {
        return ronde.waaromGeenUitzonderingMogelijk(goedgekeurd(ronde.getJaar()));
    }

    private Set<String> goedgekeurd(int jaar) {
        return goedkeuringen.goedgekeurdeMinisteries(jaar);
    }

    private static Map<String, Object> voorlopigeBrief(Ronde r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("voorlopigeBriefDoor", r.getVoorlopigeBriefDoor());
        m.put("voorlopigeBriefOp", r.getVoorlopigeBriefOp());
        m.put("voorlopigeBriefReden", r.getVoorlopigeBriefReden());
        return m;
    }

    private static Map<String, Object> verwachting(Ronde r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "verwacht",
                r.getVerwachtingen().stream()
                        .filter(v -> v.isVerwacht())
                        .map(v -> v.getMinisterie().getCode())
                        .sorted()
                        .toList());
        m.put(
                "levertNiet",
                r.getVerwachtingen().stream()
                        .filter(v -> v.isLevertNiet())
                        .map(v -> v.getMinisterie().getCode())
                        .sorted()
                        .toList());
        return m;
    }

    public record RondeSnapshot(
            int jaar, String peildatum, String opening, String deadline, int prognosejaren, String status) {
        static RondeSnapshot van(Ronde r) {
            return new RondeSnapshot(
                    r.getJaar(),
                    r.getPeildatum().toString(),
                    r.getOpening().toString(),
                    r.getDeadline().toString(),
                    r.getAantalPrognosejaren(),
                    r.getStatus().name());
        }
    }

    /** The form of a new round; that the deadline follows the opening and the prognosis horizon, the service checks. */
    record Rondeinvoer(
            @Min(value = 2000, message = RONDEJAAR) @Max(value = 2100, message = RONDEJAAR)
            int jaar,

            @NotNull LocalDate opening,
            @NotNull LocalDate deadline) {}

    private static final String RONDEJAAR = "{spreiding.ronde.jaar}";
}
