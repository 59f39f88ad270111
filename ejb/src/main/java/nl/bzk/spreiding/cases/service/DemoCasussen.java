package nl.bzk.spreiding.cases.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.cases.entity.CasusSoort;
import nl.bzk.spreiding.cases.entity.CasusStatus;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The cases of the Kamerbrief of 2025 as demo data, at different steps of the workflow. Only when there are no cases. */
@Singleton
@Startup
@DependsOn("Migraties")
public class DemoCasussen {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    @ConfigProperty(name = "spreiding.demo.enabled", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void laad() {
        if (!enabled || em.createNamedQuery(Casus.AANTAL, Long.class).getSingleResult() > 0) {
            return;
        }
        casus(
                "DEF-CLAS",
                "Johan Willem Frisokazerne Assen",
                "Defensie, BZK, de provincie Drenthe en de gemeente Assen maken aanvullende "
                        + "afspraken over de toekomst van de kazerne, met de Veiligheidscampus Assen, een rijksvergadercentrum en een centrale productiekeuken.",
                CasusSoort.MASTERPLAN,
                "300",
                null,
                null,
                "PV22",
                "Assen",
                CasusStatus.BESLOTEN,
                LocalDate.of(2025, 3, 1),
                "Positief: versterkt de rijkswerkgelegenheid in Drenthe, in lijn met het commitment dat die per saldo niet daalt.",
                true,
                "Addendum bij het Gezamenlijk Bestuurlijk Voornemen Assen–Havelte ondertekend op 25 augustus 2025.",
                false,
                "1a",
                "1b");
        casus(
                "BD",
                "Uitbreiding Belastingdienst Breda (box 3)",
                "Uitbreiding van de formatie voor werkzaamheden die voortvloeien uit de "
                        + "arresten van de Hoge Raad over box 3; inzet op huisvesting buiten de Randstad.",
                CasusSoort.GROEI,
                "250",
                null,
                null,
                "PV30",
                "Breda",
                CasusStatus.ADVIES_UITGEBRACHT,
                LocalDate.of(2025, 4, 15),
                "Positief: huisvesting in Breda, buiten de Randstad.",
                true,
                null,
                false,
                "1c");
        casus(
                "CJIB",
                "Groei CJIB Leeuwarden",
                "Groei door nieuwe wettelijke taken.",
                CasusSoort.GROEI,
                "323",
                null,
                null,
                "PV21",
                "Leeuwarden",
                CasusStatus.BESLOTEN,
                LocalDate.of(2024, 6, 1),
                "Positief: groei in Noord-Nederland.",
                true,
                "De groei wordt in Leeuwarden gehuisvest.",
                false,
                "1c");
        casus(
                "DUO",
                "Groei DUO Groningen",
                "Intensivering van de maatwerkprocessen bij de klantafhandeling en uitbreiding van het inkoop- "
                        + "en datacenter SSO Noord.",
                CasusSoort.GROEI,
                "150",
                null,
                null,
                "PV20",
                "Groningen",
                CasusStatus.IN_BEHANDELING,
                LocalDate.of(2025, 5, 1),
                null,
                null,
                null,
                false,
                "3");
        casus(
                "BD",
                "Rijksoverheid in het Maankwartier Heerlen",
                "Concentratie van de Belastingdienst en VWS (CIBG) in het Maankwartier "
                        + "in plaats van meerdere locaties in Heerlen.",
                CasusSoort.MASTERPLAN,
                "400",
                "PV31",
                "Heerlen",
                "PV31",
                "Heerlen",
                CasusStatus.IN_BEHANDELING,
                LocalDate.of(2025, 2, 1),
                null,
                null,
                null,
                false,
                "4");
        casus(
                "IML",
                "Huisvesting Instituut Mijnbouwschade Limburg",
                "Op korte termijn huisvesting in Heerlen voor de tijdelijke "
                        + "werkorganisatie IML, dienstverlening dichtbij de burger.",
                CasusSoort.NIEUWE_DIENST,
                "60",
                null,
                null,
                "PV31",
                "Heerlen",
                CasusStatus.MELDING,
                LocalDate.of(2025, 6, 1),
                null,
                null,
                null,
                false);
        em.flush();
        auditLog.vastleggen("DEMO_GELADEN", "Casus", "demo", null, null, Map.of("casussen", 6));
    }

    private void casus(
            String onderdeel,
            String titel,
            String omschrijving,
            CasusSoort soort,
            String fte,
            String van,
            String vanGemeente,
            String naar,
            String naarGemeente,
            CasusStatus status,
            LocalDate gemeld,
            String advies,
            Boolean positief,
            String besluit,
            boolean mr,
            String... maatregelen) {
        Organisatieonderdeel o = em.createNamedQuery(Organisatieonderdeel.MET_CODE_C, Organisatieonderdeel.class)
                .setParameter("c", onderdeel)
                .getSingleResult();
        Casus casus = new Casus(o, gemeld, "demo");
        casus.beschrijf(
                titel,
                omschrijving,
                soort,
                new BigDecimal(fte).setScale(2),
                van == null ? null : em.find(Provincie.class, van),
                vanGemeente,
                em.find(Provincie.class, naar),
                naarGemeente);
        // The demo cases walk the workflow as a coordinator would, so they obey the same state machine.
        List<CasusStatus> pad = new ArrayList<>(List.of(CasusStatus.IN_BEHANDELING, CasusStatus.ADVIES_UITGEBRACHT));
        if (mr) {
            pad.add(CasusStatus.VOORGELEGD_AAN_MR);
        }
        pad.add(CasusStatus.BESLOTEN);
        for (CasusStatus stap : pad.subList(0, status == CasusStatus.MELDING ? 0 : pad.indexOf(status) + 1)) {
            String tekst =
                    stap == CasusStatus.ADVIES_UITGEBRACHT ? advies : stap == CasusStatus.BESLOTEN ? besluit : null;
            casus.naarStatus(stap, tekst, positief, gemeld.plusMonths(stap == CasusStatus.BESLOTEN ? 3 : 1));
        }
        Set<Maatregel> gekoppeld = new HashSet<>();
        for (String code : maatregelen) {
            gekoppeld.add(em.createNamedQuery(Maatregel.MET_CODE_C, Maatregel.class)
                    .setParameter("c", code)
                    .getSingleResult());
        }
        casus.koppel(gekoppeld);
        em.persist(casus);
    }
}
