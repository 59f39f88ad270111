package nl.bzk.spreiding.security.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;

/** Who is calling, and which ministry's data they may see and change. */
@Stateless
@PermitAll
public class Gebruikers {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public Optional<Gebruiker> zoek(String gebruikersnaam) {
        return em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", gebruikersnaam)
                .getResultStream()
                .findFirst();
    }

    public Gebruiker ingelogd() {
        String naam = context.getCallerPrincipal().getName();
        return zoek(naam).orElseThrow(() -> Fout.geenToegang("Gebruiker " + naam + " is niet bekend in Spreiding"));
    }

    /** The ministry a ministry contact is bound to; refused for a user without one. */
    public Ministerie eigenMinisterie() {
        Gebruiker gebruiker = ingelogd();
        if (gebruiker.getMinisterie() == null) {
            throw Fout.geenToegang("U bent niet aan een ministerie gekoppeld");
        }
        return gebruiker.getMinisterie();
    }

    /** True for the roles that work across all ministries (BZK coordinators and administrators). */
    public boolean zietAlleMinisteries() {
        return context.isCallerInRole(Rol.BZK_COORDINATOR_NAAM)
                || context.isCallerInRole(Rol.ADMIN_NAAM)
                || context.isCallerInRole(Rol.ARCHIVIST_NAAM);
    }

    /**
     * Refuses access to another ministry's data for a ministry contact. Every service that reads or
     * changes ministry data calls this, whatever page or endpoint the request came from.
     */
    public void controleerMinisterie(Long ministerieId) {
        if (zietAlleMinisteries()) {
            return;
        }
        Gebruiker gebruiker = ingelogd();
        if (gebruiker.getMinisterie() == null
                || !gebruiker.getMinisterie().getId().equals(ministerieId)) {
            throw Fout.geenToegang("U heeft alleen toegang tot de gegevens van uw eigen ministerie");
        }
    }
}
