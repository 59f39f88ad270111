package nl.bzk.spreiding.referentie.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.referentie.entity.Benaming;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.entity.Sector;
import nl.bzk.spreiding.security.entity.Rol;

/** Provinces, sectors, ministries and organisation units: readable by every user, maintained by administrators. */
@Stateless
@PermitAll
public class Referentiegegevens {

    /** Tells the figures cache that names or groupings changed, once the transaction committed. */
    @Inject
    private Event<Referentiegewijzigd> gewijzigd;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    public List<Provincie> provincies() {
        return em.createNamedQuery(Provincie.ALLE, Provincie.class).getResultList();
    }

    public List<Sector> sectoren() {
        return em.createNamedQuery(Sector.ALLE, Sector.class).getResultList();
    }

    public List<Ministerie> ministeries() {
        return em.createNamedQuery(Ministerie.ALLE_OP_NAAM, Ministerie.class).getResultList();
    }

    public Optional<Ministerie> ministerie(String code) {
        return em.createNamedQuery(Ministerie.MET_CODE, Ministerie.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** All units, or those of one ministry when a ministry code is given. */
    public List<Organisatieonderdeel> onderdelen(String ministerieCode) {
        if (ministerieCode == null) {
            return em.createNamedQuery(Organisatieonderdeel.ALLE, Organisatieonderdeel.class)
                    .getResultList();
        }
        return em.createNamedQuery(Organisatieonderdeel.VAN_MINISTERIE, Organisatieonderdeel.class)
                .setParameter("code", ministerieCode)
                .getResultList();
    }

    /** Every unit, active or not, by code: what the checks of submitted lines look codes up in. */
    public Map<String, Organisatieonderdeel> onderdelenOpCode() {
        return onderdelen(null).stream().collect(Collectors.toMap(Organisatieonderdeel::getCode, Function.identity()));
    }

    public Optional<Organisatieonderdeel> onderdeel(String code) {
        return em.createNamedQuery(Organisatieonderdeel.MET_CODE, Organisatieonderdeel.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed(Rol.ADMIN_NAAM)
    public Organisatieonderdeel nieuwOnderdeel(
            String code, Benaming benaming, String ministerieCode, String sectorCode) {
        Invoercontrole.controleer(new Onderdeelinvoer(code, ministerieCode));
        String schoneCode = code.strip().toUpperCase(Locale.ROOT);
        if (onderdeel(schoneCode).isPresent()) {
            throw Fout.conflict("Organisatieonderdeel " + schoneCode + " bestaat al");
        }
        Ministerie ministerie = ministerie(ministerieCode.strip())
                .orElseThrow(() -> Fout.ongeldig("Veld ministerie: onbekende ministeriecode '" + ministerieCode + "'"));
        Organisatieonderdeel onderdeel = new Organisatieonderdeel(schoneCode, benaming, ministerie, sector(sectorCode));
        em.persist(onderdeel);
        em.flush();
        auditLog.vastleggen(
                "AANGEMAAKT",
                "Organisatieonderdeel",
                onderdeel.getCode(),
                ministerie.getId(),
                null,
                OnderdeelSnapshot.van(onderdeel));
        gewijzigd.fire(new Referentiegewijzigd(onderdeel.getCode()));
        return onderdeel;
    }

    @RolesAllowed(Rol.ADMIN_NAAM)
    public Organisatieonderdeel wijzigOnderdeel(
            String code, long gelezenVersie, Benaming benaming, String sectorCode, boolean actief) {
        Organisatieonderdeel onderdeel =
                onderdeel(code).orElseThrow(() -> Fout.nietGevonden("Organisatieonderdeel " + code + " bestaat niet"));
        Versie.controleer("Organisatieonderdeel " + code, gelezenVersie, onderdeel.getVersion());
        OnderdeelSnapshot voor = OnderdeelSnapshot.van(onderdeel);
        onderdeel.wijzig(benaming, sector(sectorCode), actief);
        em.flush();
        auditLog.vastleggen(
                "GEWIJZIGD",
                "Organisatieonderdeel",
                code,
                onderdeel.getMinisterie().getId(),
                voor,
                OnderdeelSnapshot.van(onderdeel));
        gewijzigd.fire(new Referentiegewijzigd(code));
        return onderdeel;
    }

    /**
     * Who the letter names when it explains growth, per unit code: the unit itself, or its sector when that sector is
     * one organisation (all of Defensie's units count as "Defensie").
     */
    public Map<String, Bijdrager> bijdragers() {
        Map<String, Bijdrager> m = new HashMap<>();
        for (Organisatieonderdeel o : onderdelen(null)) {
            Sector s = o.getSector();
            m.put(
                    o.getCode(),
                    s.isEenOrganisatie()
                            ? new Bijdrager(s.getCode(), s.benaming())
                            : new Bijdrager(o.getCode(), o.benaming()));
        }
        return m;
    }

    /** An organisation the letter names as contributor to growth or decline. */
    public record Bijdrager(String code, Benaming benaming) {}

    private Sector sector(String code) {
        Sector sector = code == null ? null : em.find(Sector.class, code);
        if (sector == null) {
            throw Fout.ongeldig("Veld sector: onbekende sectorcode '" + code + "'");
        }
        return sector;
    }

    /** The form of a new unit's code and ministry; whether they exist, the service asks the database. */
    record Onderdeelinvoer(
            @NotBlank @Pattern(regexp = " *[A-Za-z0-9-]{2,20} *", message = "{spreiding.onderdeel.code}")
            String code,

            @NotBlank String ministerie) {}

    /** What the audit trail keeps of a unit. */
    public record OnderdeelSnapshot(
            String code,
            String naam,
            String afkorting,
            String lidwoord,
            String ministerie,
            String sector,
            boolean actief,
            long versie) {
        static OnderdeelSnapshot van(Organisatieonderdeel o) {
            return new OnderdeelSnapshot(
                    o.getCode(),
                    o.getNaam(),
                    o.benaming().afkorting(),
                    o.benaming().lidwoord(),
                    o.getMinisterie().getCode(),
                    o.getSector().getCode(),
                    o.isActief(),
                    o.getVersion());
        }
    }
}
