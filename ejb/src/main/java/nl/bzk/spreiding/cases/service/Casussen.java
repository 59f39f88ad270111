package nl.bzk.spreiding.cases.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.cases.entity.CasusSoort;
import nl.bzk.spreiding.cases.entity.CasusStatus;
import nl.bzk.spreiding.platform.Filtervraag;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.submission.service.Getal;

/**
 * Location-advice cases. A ministry contact reports planned changes (meldingen) of the own ministry and sees only
 * those; BZK coordinators see and edit all and take them through the workflow.
 */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Casussen {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private AuditLog auditLog;

    @Resource
    private SessionContext context;

    /** Filtered by province (from or to), ministry code and status; a contact always only the own ministry. */
    public List<Casus> lijst(String provincie, String ministerie, CasusStatus status) {
        Long eigen = gebruikers.zietAlleMinisteries()
                ? null
                : gebruikers.eigenMinisterie().getId();
        return Filtervraag.van(Casus.class, "SELECT c FROM Casus c")
                .met(
                        "(c.vanProvincie.code = :provincie OR c.naarProvincie.code = :provincie)",
                        "provincie",
                        Invoer.code(provincie))
                .met("c.onderdeel.ministerie.code = :ministerie", "ministerie", Invoer.code(ministerie))
                .met("c.status = :status", "status", status)
                .met("c.onderdeel.ministerie.id = :eigen", "eigen", eigen)
                .volgorde("c.gemeldOp DESC, c.id DESC")
                .query(em)
                .getResultList();
    }

    public Casus haal(long id) {
        Casus casus = em.find(Casus.class, id);
        if (casus == null) {
            throw Fout.nietGevonden("Casus " + id + " bestaat niet");
        }
        gebruikers.controleerMinisterie(casus.getOnderdeel().getMinisterie().getId());
        return casus;
    }

    /** A new case in status MELDING; a contact can only report for a unit of the own ministry. */
    public Casus meld(CasusInvoer invoer) {
        Invoercontrole.controleer(invoer);
        Organisatieonderdeel onderdeel = onderdeel(invoer.onderdeel());
        gebruikers.controleerMinisterie(onderdeel.getMinisterie().getId());
        Casus casus = new Casus(onderdeel, vandaag(), wie());
        beschrijf(casus, invoer);
        em.persist(casus);
        em.flush();
        auditLog.vastleggen(
                "GEMELD", "Casus", casus.getId(), onderdeel.getMinisterie().getId(), null, snapshot(casus));
        return casus;
    }

    /** Changes the description. Contacts only while it is a melding; BZK always, until it is decided. */
    public Casus wijzig(long id, long versie, CasusInvoer invoer) {
        Invoercontrole.controleer(invoer);
        Casus casus = haal(id);
        Versie.controleer("Casus " + id, versie, casus.getVersion());
        casus.controleerBewerkbaarDoor(gebruikers.zietAlleMinisteries());
        Organisatieonderdeel onderdeel = onderdeel(invoer.onderdeel());
        if (!onderdeel.getId().equals(casus.getOnderdeel().getId())) {
            throw Fout.ongeldig(
                    "Veld onderdeel: het onderdeel van een casus kan niet worden gewijzigd; meld een nieuwe casus");
        }
        Map<String, Object> voor = snapshot(casus);
        beschrijf(casus, invoer);
        em.flush();
        auditLog.vastleggen("GEWIJZIGD", "Casus", id, onderdeel.getMinisterie().getId(), voor, snapshot(casus));
        return casus;
    }

    /**
     * Takes the case one step in the workflow (BZK only). Advice needs a text and whether it is positive; a
     * decision needs the minister's decision.
     */
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Casus naarStatus(long id, long versie, CasusStatus nieuw, String tekst, Boolean positief) {
        Casus casus = haal(id);
        Versie.controleer("Casus " + id, versie, casus.getVersion());
        String fout = Tekst.alineaFout(tekst == null ? null : tekst.strip(), 4000);
        if (fout != null) {
            throw Fout.ongeldig("Veld " + (nieuw == CasusStatus.BESLOTEN ? "besluit" : "advies") + ": " + fout);
        }
        Map<String, Object> voor = snapshot(casus);
        casus.naarStatus(nieuw, Tekst.alinea(tekst), positief, vandaag());
        em.flush();
        auditLog.vastleggen(
                casus.getStatus().name(),
                "Casus",
                id,
                casus.getOnderdeel().getMinisterie().getId(),
                voor,
                snapshot(casus));
        return casus;
    }

    /** @param invoer checked by {@link Invoercontrole} before anything was read */
    private void beschrijf(Casus casus, CasusInvoer invoer) {
        CasusSoort soort;
        try {
            soort = CasusSoort.valueOf(invoer.soort().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig("Veld soort: '" + invoer.soort()
                    + "' is geen soort; kies GROEI, KRIMP, VERPLAATSING, NIEUWE_DIENST of MASTERPLAN");
        }
        Provincie van = provincie("vanProvincie", invoer.vanProvincie());
        Provincie naar = provincie("naarProvincie", invoer.naarProvincie());
        if (soort == CasusSoort.VERPLAATSING && (van == null || naar == null)) {
            throw Fout.ongeldig("Velden vanProvincie en naarProvincie: bij een verplaatsing zijn beide verplicht");
        }
        if (van == null && naar == null) {
            throw Fout.ongeldig("Veld naarProvincie: geef aan in welke provincie de verandering plaatsvindt");
        }
        casus.beschrijf(
                invoer.titel().strip(),
                Invoer.ingevuld(invoer.omschrijving()),
                soort,
                Getal.controleer(invoer.fte()).waarde(),
                van,
                Invoer.ingevuld(invoer.vanGemeente()),
                naar,
                Invoer.ingevuld(invoer.naarGemeente()));
        Set<Maatregel> maatregelen = new HashSet<>();
        for (String code : invoer.maatregelen() == null ? List.<String>of() : invoer.maatregelen()) {
            maatregelen.add(em.createNamedQuery(Maatregel.MET_CODE_C, Maatregel.class)
                    .setParameter("c", code)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> Fout.ongeldig("Veld maatregelen: onbekende maatregel '" + code + "'")));
        }
        casus.koppel(maatregelen);
    }

    private Organisatieonderdeel onderdeel(String code) {
        return em.createNamedQuery(Organisatieonderdeel.MET_CODE_C, Organisatieonderdeel.class)
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.ongeldig(
                        "Veld onderdeel: '" + code + "' is geen bekende code van een organisatieonderdeel"));
    }

    private Provincie provincie(String veld, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Provincie provincie = em.find(Provincie.class, code.strip().toUpperCase(Locale.ROOT));
        if (provincie == null) {
            throw Fout.ongeldig("Veld " + veld + ": '" + code + "' is geen bekende provinciecode (PV20 t/m PV31)");
        }
        return provincie;
    }

    private String wie() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDate vandaag() {
        return LocalDate.now(Tijd.ZONE);
    }

    static Map<String, Object> snapshot(Casus c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("titel", c.getTitel());
        s.put("onderdeel", c.getOnderdeel().getCode());
        s.put("soort", c.getSoort() == null ? "" : c.getSoort().name());
        s.put("fte", c.getFte() == null ? "" : c.getFte().toPlainString());
        s.put(
                "van",
                (c.getVanProvincie() == null ? "" : c.getVanProvincie().getCode()) + " "
                        + (c.getVanGemeente() == null ? "" : c.getVanGemeente()));
        s.put(
                "naar",
                (c.getNaarProvincie() == null ? "" : c.getNaarProvincie().getCode()) + " "
                        + (c.getNaarGemeente() == null ? "" : c.getNaarGemeente()));
        s.put("status", c.getStatus().name());
        s.put("drempel", c.isDrempelVanToepassing());
        s.put("advies", c.getAdvies() == null ? "" : c.getAdvies());
        s.put(
                "adviesPositief",
                c.getAdviesPositief() == null ? "" : c.getAdviesPositief().toString());
        s.put("besluit", c.getBesluit() == null ? "" : c.getBesluit());
        s.put("mr", c.isVoorgelegdAanMr());
        s.put(
                "maatregelen",
                c.getMaatregelen().stream().map(Maatregel::getCode).sorted().toList());
        return s;
    }
}
