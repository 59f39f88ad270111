package nl.bzk.spreiding.actionplan.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.entity.StandLabel;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * The action plan: measures and their stand van zaken per reporting period. Everyone logged in may read it;
 * BZK coordinators maintain it. A new period starts from the previous one's text; closed periods are read-only.
 */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ARCHIVIST_NAAM})
public class Actieplan {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    public List<Maatregel> maatregelen() {
        return em.createNamedQuery(Maatregel.ALLE, Maatregel.class).getResultList();
    }

    public Maatregel maatregel(String code) {
        return em.createNamedQuery(Maatregel.MET_CODE, Maatregel.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.nietGevonden("Maatregel " + code + " bestaat niet"));
    }

    public List<Rapportageperiode> periodes() {
        return em.createNamedQuery(Rapportageperiode.ALLE, Rapportageperiode.class)
                .getResultList();
    }

    public Rapportageperiode periode(String naam) {
        return em.createNamedQuery(Rapportageperiode.MET_NAAM, Rapportageperiode.class)
                .setParameter("naam", naam)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.nietGevonden("Rapportageperiode " + naam + " bestaat niet"));
    }

    public List<MaatregelStand> standen(String periode) {
        return em.createNamedQuery(MaatregelStand.VAN_PERIODE, MaatregelStand.class)
                .setParameter("naam", periode)
                .getResultList();
    }

    /** All periods' stands of one measure, newest first: the status history. */
    public List<MaatregelStand> geschiedenis(String maatregelCode) {
        return em.createNamedQuery(MaatregelStand.VAN_MAATREGEL, MaatregelStand.class)
                .setParameter("code", maatregelCode)
                .getResultList();
    }

    /** Opens a new period: every measure starts from its stand in the newest period, which is closed from now on. */
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Rapportageperiode nieuwePeriode(String naam, LocalDate peildatum) {
        Invoercontrole.controleer(new Actieplaninvoer.Periode(naam, peildatum));
        if (em.createNamedQuery(Rapportageperiode.AANTAL_MET_NAAM, Long.class)
                        .setParameter("naam", naam.strip())
                        .getSingleResult()
                > 0) {
            throw Fout.conflict("Rapportageperiode " + naam.strip() + " bestaat al");
        }
        List<Rapportageperiode> eerder = periodes();
        if (!eerder.isEmpty() && !peildatum.isAfter(eerder.get(0).getPeildatum())) {
            throw Fout.ongeldig("Veld peildatum: " + peildatum + " ligt niet na de peildatum van de vorige periode ("
                    + eerder.get(0).getPeildatum() + ")");
        }
        Rapportageperiode nieuw = new Rapportageperiode(naam.strip(), peildatum);
        em.persist(nieuw);
        Map<Long, MaatregelStand> vorige = new HashMap<>();
        if (!eerder.isEmpty()) {
            standen(eerder.get(0).getNaam())
                    .forEach(s -> vorige.put(s.getMaatregel().getId(), s));
        }
        eerder.stream().filter(Rapportageperiode::isOpen).forEach(Rapportageperiode::sluit);
        for (Maatregel m : maatregelen()) {
            MaatregelStand basis = vorige.get(m.getId());
            em.persist(
                    basis != null
                            ? basis.voortzetting(nieuw)
                            : new MaatregelStand(m, nieuw, StandLabel.NIET_GESTART, null, null, List.of()));
        }
        em.flush();
        auditLog.vastleggen(
                "AANGEMAAKT",
                "Rapportageperiode",
                nieuw.getNaam(),
                null,
                eerder.isEmpty() ? null : Map.of("openPeriode", eerder.get(0).getNaam()),
                Map.of("openPeriode", nieuw.getNaam(), "peildatum", peildatum.toString()));
        return nieuw;
    }

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public MaatregelStand wijzigStand(
            String maatregelCode,
            String periodeNaam,
            long versie,
            StandLabel label,
            String verantwoordelijke,
            LocalDate datum,
            List<String> punten) {
        Invoercontrole.controleer(new Actieplaninvoer.Stand(label, verantwoordelijke, punten));
        MaatregelStand stand = em.createNamedQuery(MaatregelStand.VAN_MAATREGEL_IN_PERIODE, MaatregelStand.class)
                .setParameter("m", maatregelCode)
                .setParameter("p", periodeNaam)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.nietGevonden(
                        "Maatregel " + maatregelCode + " heeft geen stand in periode " + periodeNaam));
        if (!stand.getPeriode().isOpen()) {
            throw Fout.conflict("Periode " + periodeNaam
                    + " is afgesloten; alleen de stand van de lopende periode kan worden gewijzigd");
        }
        Versie.controleer("De stand van maatregel " + maatregelCode, versie, stand.getVersion());
        List<String> schoon = teksten(punten);
        Map<String, Object> voor = snapshot(stand);
        stand.wijzig(
                label,
                verantwoordelijke == null || verantwoordelijke.isBlank() ? null : verantwoordelijke.strip(),
                datum);
        Tekstlijst.vervang(em, "maatregel_stand_punt", "stand_id", stand.getId(), schoon);
        // The points live outside the entity's own columns; the version must still move when only they change.
        em.lock(stand, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.refresh(stand);
        auditLog.vastleggen(
                "GEWIJZIGD", "MaatregelStand", maatregelCode + "/" + periodeNaam, null, voor, snapshot(stand));
        return stand;
    }

    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public Maatregel wijzigMaatregel(String code, long versie, String titel, String doelstelling, List<String> acties) {
        Invoercontrole.controleer(new Actieplaninvoer.Maatregel(titel, doelstelling, acties));
        Maatregel maatregel = maatregel(code);
        Versie.controleer("Maatregel " + code, versie, maatregel.getVersion());
        Map<String, Object> voor = Map.of(
                "titel",
                maatregel.getTitel(),
                "doelstelling",
                maatregel.getDoelstelling(),
                "acties",
                maatregel.getActies());
        maatregel.wijzig(titel.strip(), doelstelling.strip());
        Tekstlijst.vervang(em, "maatregel_actie", "maatregel_id", maatregel.getId(), teksten(acties));
        em.lock(maatregel, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        em.refresh(maatregel);
        auditLog.vastleggen(
                "GEWIJZIGD",
                "Maatregel",
                code,
                null,
                voor,
                Map.of(
                        "titel",
                        maatregel.getTitel(),
                        "doelstelling",
                        maatregel.getDoelstelling(),
                        "acties",
                        maatregel.getActies()));
        return maatregel;
    }

    /** The points or actions as kept: empty lines left out, spaces around each removed (their form was checked). */
    private static List<String> teksten(List<String> teksten) {
        return teksten == null
                ? List.of()
                : teksten.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static Map<String, Object> snapshot(MaatregelStand s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.getLabel().name());
        m.put("verantwoordelijke", s.getVerantwoordelijke() == null ? "" : s.getVerantwoordelijke());
        m.put("datum", s.getDatum() == null ? "" : s.getDatum().toString());
        m.put("punten", s.getPunten());
        return m;
    }
}
