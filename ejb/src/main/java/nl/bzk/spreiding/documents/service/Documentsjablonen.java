package nl.bzk.spreiding.documents.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.documents.entity.Documentsjabloon;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.entity.SjabloonStatus;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;

/**
 * Template versions: BZK saves a new version (never overwrites one), and activates the version to use by default.
 * A version is only saved when it produces a complete document from the current data, so a broken template never
 * reaches the list of versions.
 */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
public class Documentsjablonen {

    static final int MAXIMALE_LENGTE = 200_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private Documentgenerator generator;

    public List<Documentsjabloon> versies(Documentsoort soort) {
        if (soort == null) {
            return em.createNamedQuery(Documentsjabloon.ALLE, Documentsjabloon.class)
                    .getResultList();
        }
        return em.createNamedQuery(Documentsjabloon.VAN_SOORT, Documentsjabloon.class)
                .setParameter("soort", soort)
                .getResultList();
    }

    public Documentsjabloon haal(long id) {
        Documentsjabloon s = em.find(Documentsjabloon.class, id);
        if (s == null) {
            throw Fout.nietGevonden("Sjabloonversie " + id + " bestaat niet");
        }
        return s;
    }

    public Documentsjabloon actief(Documentsoort soort) {
        return em.createNamedQuery(Documentsjabloon.ACTIEF_VAN_SOORT, Documentsjabloon.class)
                .setParameter("soort", soort)
                .setParameter("actief", SjabloonStatus.ACTIEF)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.nietGevonden("Er is geen actief sjabloon voor " + soort.getLabel()));
    }

    /**
     * @param gelezenVersie the newest version number the editor started from: when someone else saved a newer one
     *                      in the meantime, saving is refused instead of silently branching
     */
    public Documentsjabloon bewaar(Documentsoort soort, String tekst, String toelichting, Integer gelezenVersie) {
        if (soort == null) {
            throw Fout.ongeldig("Veld soort: kies KAMERBRIEF, BIJLAGE_1_CIJFERS, BIJLAGE_2_ACTIES of BESLISNOTA");
        }
        if (tekst == null || tekst.isBlank()) {
            throw Fout.ongeldig("Veld tekst: het sjabloon is leeg");
        }
        if (tekst.length() > MAXIMALE_LENGTE) {
            throw Fout.ongeldig("Veld tekst: het sjabloon is langer dan " + MAXIMALE_LENGTE + " tekens");
        }
        // Serialises concurrent saves of one type: the version number is max + 1.
        List<Documentsjabloon> bestaand = em.createNamedQuery(Documentsjabloon.VAN_SOORT, Documentsjabloon.class)
                .setParameter("soort", soort)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int nieuwste = bestaand.isEmpty() ? 0 : bestaand.get(0).getVersie();
        if (gelezenVersie != null && gelezenVersie != nieuwste) {
            throw Fout.conflict("Er is intussen een nieuwere versie (" + nieuwste
                    + ") van dit sjabloon bewaard; u werkte vanaf versie " + gelezenVersie
                    + ". Open de nieuwste versie en breng uw wijziging daarin aan.");
        }
        generator.proef(soort, tekst);
        Documentsjabloon s = new Documentsjabloon(
                soort,
                nieuwste + 1,
                tekst,
                Sha256.van(tekst),
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip(),
                gebruikers.ingelogd().getGebruikersnaam(),
                Tijd.nu());
        em.persist(s);
        em.flush();
        auditLog.vastleggen("SJABLOON_BEWAARD", "Documentsjabloon", s.getId(), null, null, beeld(s));
        return s;
    }

    public Documentsjabloon activeer(long id, long versie) {
        Documentsjabloon s = haal(id);
        Versie.controleer("sjabloonversie " + s.getVersie(), versie, s.getVersion());
        String wie = gebruikers.ingelogd().getGebruikersnaam();
        String waarom = s.waaromNietActiveren(wie);
        if (waarom != null) {
            throw Fout.conflict(waarom);
        }
        Map<String, Object> voor = beeld(s);
        for (Documentsjabloon ander : versies(s.getSoort())) {
            if (ander.getStatus() == SjabloonStatus.ACTIEF) {
                ander.vervang();
                auditLog.vastleggen(
                        "SJABLOON_VERVANGEN",
                        "Documentsjabloon",
                        ander.getId(),
                        null,
                        Map.of("status", "ACTIEF"),
                        Map.of("status", "VERVALLEN"));
            }
        }
        s.activeer(wie, Tijd.nu());
        em.flush();
        auditLog.vastleggen("SJABLOON_GEACTIVEERD", "Documentsjabloon", s.getId(), null, voor, beeld(s));
        return s;
    }

    private static Map<String, Object> beeld(Documentsjabloon s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("soort", s.getSoort().name());
        m.put("versie", s.getVersie());
        m.put("status", s.getStatus().name());
        m.put("sha256", s.getTekstSha256());
        m.put("toelichting", s.getToelichting());
        m.put("bewaardDoor", s.getGemaaktDoor());
        m.put("geactiveerdDoor", s.getGeactiveerdDoor());
        return m;
    }
}
