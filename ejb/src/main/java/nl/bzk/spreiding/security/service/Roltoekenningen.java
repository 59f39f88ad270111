package nl.bzk.spreiding.security.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.notificatie.Bericht;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.entity.Roltoekenning;
import nl.bzk.spreiding.security.entity.Toekenningsstatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Grants of the coordinator's, the signer's and the administrator's roles (issue 30, finding 3): asked for by one
 * administrator and approved by another once two are active; granted at once and announced while there is one.
 */
@Stateless
@RolesAllowed(Rol.ADMIN_NAAM)
public class Roltoekenningen {

    /** How long the start page shows a grant made without a second administrator to the holders of that role. */
    static final int AANKONDIGING_DAGEN = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<Bericht> berichten;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    @ConfigProperty(name = "spreiding.adres", defaultValue = "http://localhost:8080/spreiding/")
    private String adres;

    @Resource
    private SessionContext context;

    /** A grant made by the only administrator, as its holders read it on the start page. */
    public record Aankondiging(String beheerder, String rol, String ontvanger, OffsetDateTime op) {
        public String tekst() {
            return "Op " + Nederlands.moment(op) + " heeft " + beheerder + " de rol " + rol + " verleend aan "
                    + ontvanger
                    + ", zonder tweede beheerder: er was maar één beheerder. Klopt dit niet, meld het dan direct "
                    + "bij de beveiligingsfunctionaris.";
        }
    }

    /**
     * The sensitive roles among {@code gevraagd} that the account did not have ({@code had}): with two or more active administrators
     * each waits for a second one (and is not in the returned set); otherwise each is granted, kept and announced.
     *
     * @return the roles to give the account now
     */
    public Set<Rol> toekennen(Set<Rol> gevraagd, Set<Rol> had) {
        Set<Rol> meteen = EnumSet.noneOf(Rol.class);
        meteen.addAll(gevraagd);
        boolean tweede = actieveBeheerders() >= 2;
        for (Rol rol : gevraagd) {
            if (rol.isGevoelig() && !had.contains(rol) && tweede) {
                meteen.remove(rol);
            }
        }
        return meteen;
    }

    /** After {@link #toekennen} took effect and {@code g} is stored: the records, audit lines and announcements. */
    public void vastleggen(Gebruiker g, Set<Rol> gevraagd, Set<Rol> had, Set<Rol> meteen) {
        OffsetDateTime nu = Tijd.nu();
        String wie = wie();
        for (Rol rol : gevraagd) {
            if (!rol.isGevoelig() || had.contains(rol)) {
                continue;
            }
            if (meteen.contains(rol)) {
                Roltoekenning t = Roltoekenning.zonderTweedeBeheerder(g, rol, wie, nu);
                em.persist(t);
                em.flush();
                auditLog.vastleggen(
                        "ROL_VERLEEND_ZONDER_TWEEDE_BEHEERDER", "Roltoekenning", t.getId(), null, null, beeld(t));
                berichten.fire(aankondiging(t));
            } else if (wachtend(g).stream().noneMatch(t -> t.getRol() == rol)) {
                Roltoekenning t = Roltoekenning.aangevraagd(g, rol, wie, nu);
                em.persist(t);
                em.flush();
                auditLog.vastleggen("ROL_AANGEVRAAGD", "Roltoekenning", t.getId(), null, null, beeld(t));
            }
        }
    }

    /** Grants waiting for a second administrator, oldest first. */
    public List<Roltoekenning> wachtend() {
        return em.createNamedQuery(Roltoekenning.MET_STATUS, Roltoekenning.class)
                .setParameter("status", Toekenningsstatus.WACHT_OP_TWEEDE_BEHEERDER)
                .getResultList();
    }

    /** Grants waiting for one account. */
    public List<Roltoekenning> wachtend(Gebruiker g) {
        return em.createNamedQuery(Roltoekenning.WACHTEND_VOOR, Roltoekenning.class)
                .setParameter("gebruiker", g)
                .setParameter("status", Toekenningsstatus.WACHT_OP_TWEEDE_BEHEERDER)
                .getResultList();
    }

    /** Every grant made by a single administrator, newest first: the administration pages keep listing them. */
    public List<Roltoekenning> zonderTweedeBeheerder() {
        return em.createNamedQuery(Roltoekenning.ZONDER_TWEEDE_BEHEERDER, Roltoekenning.class)
                .setMaxResults(Gebruikersbeheer.MAX_RESULTATEN)
                .getResultList();
    }

    public Roltoekenning haal(long id) {
        Roltoekenning t = em.find(Roltoekenning.class, id);
        if (t == null) {
            throw Fout.nietGevonden("Roltoekenning " + id + " bestaat niet");
        }
        return t;
    }

    /** Whether the caller may approve or refuse the grant (the page's buttons); the command asks the same. */
    public boolean magBeoordelen(Roltoekenning t) {
        return t.waaromNietBeoordelen(wie()) == null;
    }

    public Roltoekenning keurGoed(long id, long versie) {
        Roltoekenning t = bewerkbaar(id, versie);
        Map<String, Object> voor = beeld(t);
        Map<String, Object> gebruikerVoor = Gebruikersbeheer.beeld(t.getGebruiker());
        t.keurGoed(wie(), Tijd.nu());
        em.flush();
        auditLog.vastleggen("ROL_TOEGEKEND", "Roltoekenning", t.getId(), null, voor, beeld(t));
        auditLog.vastleggen(
                "GEWIJZIGD",
                "Gebruiker",
                t.getGebruiker().getId(),
                t.getGebruiker().getMinisterie() == null
                        ? null
                        : t.getGebruiker().getMinisterie().getId(),
                gebruikerVoor,
                Gebruikersbeheer.beeld(t.getGebruiker()));
        return t;
    }

    public Roltoekenning wijsAf(long id, long versie) {
        Roltoekenning t = bewerkbaar(id, versie);
        Map<String, Object> voor = beeld(t);
        t.wijsAf(wie(), Tijd.nu());
        em.flush();
        auditLog.vastleggen("ROL_AFGEWEZEN", "Roltoekenning", t.getId(), null, voor, beeld(t));
        return t;
    }

    /**
     * Grants of the caller's own roles made without a second administrator in the last {@value #AANKONDIGING_DAGEN}
     * days: every holder of such a role sees them on the start page, so a single administrator's grant does not pass
     * unnoticed.
     */
    @PermitAll
    public List<Aankondiging> voorMij(Set<Rol> mijnRollen) {
        if (mijnRollen.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Roltoekenning.AANKONDIGINGEN, Roltoekenning.class)
                .setParameter("rollen", mijnRollen)
                .setParameter("sinds", Tijd.nu().minusDays(AANKONDIGING_DAGEN))
                .setMaxResults(20)
                .getResultStream()
                .map(this::aankondigingVan)
                .toList();
    }

    private Aankondiging aankondigingVan(Roltoekenning t) {
        return new Aankondiging(
                naam(t.getAangevraagdDoor()),
                t.getRol().getLabel(),
                t.getGebruiker().getNaam(),
                t.getAangevraagdOp());
    }

    private Bericht aankondiging(Roltoekenning t) {
        List<Bericht.Ontvanger> aan = em.createNamedQuery(Gebruiker.ACTIEF_MET_ROL, Gebruiker.class)
                .setParameter("rol", t.getRol())
                .getResultStream()
                .filter(x -> x.getEmail() != null)
                .map(x -> new Bericht.Ontvanger(x.getNaam(), x.getEmail()))
                .toList();
        return new Bericht(
                aan,
                "Rol " + t.getRol().getLabel() + " verleend zonder tweede beheerder",
                "Goedendag,\n\n" + aankondigingVan(t).tekst()
                        + "\n\nU krijgt dit bericht omdat u de rol "
                        + t.getRol().getLabel() + " ook heeft. "
                        + "Zolang er één beheerder is, keurt niemand anders zo'n toekenning goed; u ziet haar ook op de "
                        + "startpagina:\n" + adres
                        + "\n\nDit bericht is automatisch verstuurd door Spreiding rijkswerkgelegenheid; u kunt er niet op antwoorden.");
    }

    private String naam(String gebruikersnaam) {
        return gebruikers.zoek(gebruikersnaam).map(Gebruiker::getNaam).orElse(gebruikersnaam);
    }

    /** The active administrators: whether a grant needs a second one, and whether the last one may go. */
    public long actieveBeheerders() {
        return em.createNamedQuery(Gebruiker.ACTIEVE_BEHEERDERS, Long.class)
                .setParameter("rol", Rol.ADMIN)
                .getSingleResult();
    }

    private Roltoekenning bewerkbaar(long id, long versie) {
        Roltoekenning t = haal(id);
        Versie.controleer("De roltoekenning", versie, t.getVersion());
        return t;
    }

    private String wie() {
        return context.getCallerPrincipal().getName();
    }

    static Map<String, Object> beeld(Roltoekenning t) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("gebruikersnaam", t.getGebruiker().getGebruikersnaam());
        b.put("rol", t.getRol().name());
        b.put("status", t.getStatus().name());
        b.put("zonderTweedeBeheerder", t.isZonderTweedeBeheerder());
        b.put("aangevraagdDoor", t.getAangevraagdDoor());
        b.put("beoordeeldDoor", t.getBeoordeeldDoor() == null ? "" : t.getBeoordeeldDoor());
        return b;
    }
}
