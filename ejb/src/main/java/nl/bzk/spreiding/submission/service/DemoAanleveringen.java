package nl.bzk.spreiding.submission.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringRegel;
import nl.bzk.spreiding.submission.entity.AanleveringStatus;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo figures on the embedded default, generated deterministically: a historical series 2019 - 2023 (as if
 * imported), rounds 2024 and 2025 accepted for every
 * ministry (national totals 353.797 and 367.131 fte, as in the Kamerbrief of 2025), and round 2026 open with
 * Financiën's submission filed for BZK to review. Runs only when there are no rounds yet.
 */
@Singleton
@Startup
@DependsOn("Migraties")
public class DemoAanleveringen {

    private static final Logger LOG = Logger.getLogger(DemoAanleveringen.class.getName());
    /** The demo's historical series runs from this year up to the first round (2024). */
    static final int EERSTE_HISTORISCHE_JAAR = 2019;

    static final Map<Integer, BigDecimal> TOTAAL =
            Map.of(2024, new BigDecimal("353797"), 2025, new BigDecimal("367131"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "spreiding.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "spreiding.ronde.prognosejaren", defaultValue = "4")
    private int prognosejaren;

    @PostConstruct
    void laad() {
        if (!enabled || em.createNamedQuery(Ronde.AANTAL, Long.class).getSingleResult() > 0) {
            return;
        }
        List<Organisatieonderdeel> onderdelen = em.createNamedQuery(
                        Organisatieonderdeel.ALLE_OP_CODE, Organisatieonderdeel.class)
                .getResultList();
        List<Provincie> provincies =
                em.createNamedQuery(Provincie.ALLE, Provincie.class).getResultList();
        List<Ministerie> ministeries =
                em.createNamedQuery(Ministerie.ALLE_OP_CODE, Ministerie.class).getResultList();
        // Opening a round fixes the ministries it expects (issue 31), as Rondes.open does.
        List<Ministerie> verwacht = em.createNamedQuery(Ministerie.MET_ACTIEF_ONDERDEEL, Ministerie.class)
                .getResultList();

        // The historical series before the first round, as BZK would import it (same figures generator, no prognosis).
        for (int jaar = EERSTE_HISTORISCHE_JAAR; jaar < 2024; jaar++) {
            OffsetDateTime ingelezen = OffsetDateTime.of(2024, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC);
            Ronde ronde = Ronde.historisch(jaar, "demo-historische-reeks.csv", ingelezen, "bzk");
            em.persist(ronde);
            List<AanleveringRegel> alle = new ArrayList<>();
            for (Ministerie ministerie : ministeries) {
                Aanlevering aanlevering = Aanlevering.historisch(ronde, ministerie, ingelezen, "bzk");
                em.persist(aanlevering);
                alle.addAll(regels(aanlevering, jaar, onderdelen, provincies));
            }
            // Invented, not published figures: the national total grows towards 2024's as it did from 2024 to 2025.
            BigDecimal groei = TOTAAL.get(2025).divide(TOTAAL.get(2024), 10, RoundingMode.HALF_UP);
            BigDecimal doel = TOTAAL.get(2024).divide(groei.pow(2024 - jaar), 0, RoundingMode.HALF_UP);
            schaal(alle, doel).forEach(em::persist);
        }

        for (int jaar : new int[] {2024, 2025}) {
            Ronde ronde = new Ronde(jaar, LocalDate.of(jaar, 2, 1), LocalDate.of(jaar, 3, 31), prognosejaren);
            // The demo rounds go the way real ones do: open, submitted and accepted, then closed.
            ronde.setStatus(RondeStatus.OPEN);
            ronde.legVerwachtingVast(verwacht);
            em.persist(ronde);
            List<AanleveringRegel> alle = new ArrayList<>();
            for (Ministerie ministerie : ministeries) {
                Aanlevering aanlevering = new Aanlevering(ronde, ministerie);
                OffsetDateTime ingediend =
                        LocalDate.of(jaar, 3, 20).atStartOfDay().atOffset(ZoneOffset.UTC);
                aanlevering.ingediend(ingediend, "demo", false);
                aanlevering.beoordeeld(AanleveringStatus.GOEDGEKEURD, null, ingediend.plusDays(10), "bzk");
                em.persist(aanlevering);
                alle.addAll(regels(aanlevering, jaar, onderdelen, provincies));
            }
            corrigeerTotaal(alle, TOTAAL.get(jaar));
            alle.forEach(em::persist);
            ronde.setStatus(RondeStatus.GESLOTEN);
        }

        Ronde open = new Ronde(2026, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), prognosejaren);
        open.setStatus(RondeStatus.OPEN);
        open.legVerwachtingVast(verwacht);
        em.persist(open);
        Ministerie fin = ministeries.stream()
                .filter(m -> m.getCode().equals("FIN"))
                .findFirst()
                .orElseThrow();
        Aanlevering finAanlevering = new Aanlevering(open, fin);
        finAanlevering.ingediend(OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.UTC), "contact.fin", false);
        em.persist(finAanlevering);
        regels(finAanlevering, 2026, onderdelen, provincies).forEach(em::persist);
        em.flush();
        auditLog.vastleggen(
                "DEMO_GELADEN",
                "Ronde",
                EERSTE_HISTORISCHE_JAAR + "-2026",
                null,
                null,
                Map.of(
                        "historisch",
                        IntStream.range(EERSTE_HISTORISCHE_JAAR, 2024).boxed().toList(),
                        "rondes",
                        List.of(2024, 2025, 2026)));
        LOG.info("Demo-aanleveringen geladen: historische reeks " + EERSTE_HISTORISCHE_JAAR
                + "-2023, rondes 2024 en 2025 goedgekeurd, ronde 2026 open");
    }

    private static List<AanleveringRegel> regels(
            Aanlevering aanlevering, int jaar, List<Organisatieonderdeel> onderdelen, List<Provincie> provincies) {
        List<AanleveringRegel> regels = new ArrayList<>();
        for (Organisatieonderdeel onderdeel : onderdelen) {
            if (!onderdeel
                    .getMinisterie()
                    .getId()
                    .equals(aanlevering.getMinisterie().getId())) {
                continue;
            }
            double omvang = omvang(onderdeel) * Math.pow(1.0 + groei(onderdeel), jaar - 2025);
            double[] gewichten = gewichten(onderdeel, provincies);
            double som = 0;
            for (double g : gewichten) {
                som += g;
            }
            for (int p = 0; p < provincies.size(); p++) {
                if (gewichten[p] <= 0) {
                    continue;
                }
                BigDecimal fte = BigDecimal.valueOf(omvang * gewichten[p] / som).setScale(2, RoundingMode.HALF_UP);
                List<BigDecimal> prognose = new ArrayList<>();
                for (int i = 1; i <= aanlevering.getRonde().getAantalPrognosejaren(); i++) {
                    prognose.add(fte.multiply(BigDecimal.valueOf(1.0 + groei(onderdeel) * i / 2))
                            .setScale(2, RoundingMode.HALF_UP));
                }
                regels.add(new AanleveringRegel(aanlevering, onderdeel, provincies.get(p), "", fte, prognose, null));
            }
        }
        return regels;
    }

    /** The lines scaled to the given national total, each in proportion (the rounding left on the largest line). */
    private static List<AanleveringRegel> schaal(List<AanleveringRegel> regels, BigDecimal doel) {
        BigDecimal som = regels.stream().map(AanleveringRegel::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<AanleveringRegel> geschaald = new ArrayList<>();
        for (AanleveringRegel r : regels) {
            geschaald.add(new AanleveringRegel(
                    r.getAanlevering(),
                    r.getOnderdeel(),
                    r.getProvincie(),
                    r.getGemeente(),
                    r.getFte().multiply(doel).divide(som, 2, RoundingMode.HALF_UP),
                    r.getPrognose(),
                    r.getToelichting()));
        }
        corrigeerTotaal(geschaald, doel);
        return geschaald;
    }

    /** Sets the largest line so that the national total is exactly the given one. */
    private static void corrigeerTotaal(List<AanleveringRegel> regels, BigDecimal doel) {
        BigDecimal som = regels.stream().map(AanleveringRegel::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
        AanleveringRegel grootste =
                regels.stream().max((a, b) -> a.getFte().compareTo(b.getFte())).orElseThrow();
        BigDecimal nieuw = grootste.getFte().add(doel.subtract(som));
        regels.set(
                regels.indexOf(grootste),
                new AanleveringRegel(
                        grootste.getAanlevering(),
                        grootste.getOnderdeel(),
                        grootste.getProvincie(),
                        grootste.getGemeente(),
                        nieuw,
                        grootste.getPrognose(),
                        grootste.getToelichting()));
    }

    private static double omvang(Organisatieonderdeel o) {
        return switch (o.getCode()) {
            case "POLITIE" -> 64000;
            case "BD" -> 30500;
            case "UWV" -> 20500;
            case "DJI" -> 17500;
            case "RECHTSPRAAK" -> 11200;
            case "RWS" -> 10400;
            case "COA" -> 8200;
            case "IND" -> 7100;
            case "DOUANE" -> 5400;
            case "RVO" -> 5000;
            case "DUO" -> 3900;
            case "SVB" -> 3500;
            case "NVWA" -> 3100;
            case "CJIB" -> 2300;
            case "RIVM" -> 2500;
            case "KADASTER" -> 2100;
            case "RVB" -> 2000;
            case "TSL" -> 1900;
            case "ILT" -> 1200;
            case "CIBG" -> 900;
            case "KNMI" -> 520;
            case "NCG" -> 420;
            case "IML" -> 160;
            default -> o.getSector().getCode().equals("DEFENSIE") ? 11800 : 3300;
        };
    }

    private static double groei(Organisatieonderdeel o) {
        if (o.getSector().getCode().equals("DEFENSIE")) {
            return 0.068;
        }
        return ((Math.abs(o.getCode().hashCode()) % 70) - 10) / 1000.0;
    }

    private static double[] gewichten(Organisatieonderdeel o, List<Provincie> provincies) {
        // Rough shares of rijkswerkgelegenheid per province (GR FR DR OV FL GE UT NH ZH ZE NB LI NTD).
        double[] basis = {6, 4, 3, 5, 3, 11, 13, 13, 25, 2, 9, 6, 0};
        double[] gewichten = new double[provincies.size()];
        boolean departement = o.getCode().endsWith("-BD");
        for (int p = 0; p < provincies.size(); p++) {
            int spreiding = Math.abs((o.getCode() + provincies.get(p).getCode()).hashCode()) % 100;
            gewichten[p] = departement
                    ? (p == 8 ? 90 : p == 6 ? 6 : spreiding < 25 ? 1 : 0)
                    : basis[Math.min(p, basis.length - 1)] * (0.5 + spreiding / 100.0);
        }
        if (o.getSector().getCode().equals("DEFENSIE") || o.getCode().equals("POLITIE")) {
            gewichten[provincies.size() - 1] = 0.5; // a small part cannot be assigned to one province
        }
        return gewichten;
    }
}
