package nl.bzk.spreiding.security.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Map;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Gebruiker;

/** A signed-in user changes their own password (a temporary one must be replaced this way before anything else). */
@Stateless
@PermitAll
public class Wachtwoorden {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WachtwoordHash hasher;

    @Inject
    private AuditLog auditLog;

    @Resource
    private SessionContext context;

    @Inject
    private Aanmelden aanmelden;

    /** Ends every session of the user, this one too: they sign in again with the new password. */
    /**
     * @param adres the client's address: a wrong current password counts as a failed sign-in under the name and the
     *     address (issue 30), so a stolen session cannot guess the password faster than the sign-in could
     */
    public void wijzigEigen(String huidig, String nieuw, String adres) {
        String naam = context.getCallerPrincipal().getName();
        OffsetDateTime geblokkeerd = aanmelden.geblokkeerdTot(naam, adres);
        if (geblokkeerd != null) {
            long seconden = Aanmelden.wachtSeconden(geblokkeerd);
            throw Fout.teVaak(
                    "Te veel mislukte pogingen. Probeer het over " + seconden
                            + " seconden opnieuw; er is niets gewijzigd.",
                    (int) Math.min(Integer.MAX_VALUE, seconden));
        }
        Gebruiker g = em.createNamedQuery(Gebruiker.OP_NAAM, Gebruiker.class)
                .setParameter("naam", naam)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.geenToegang("Gebruiker " + naam + " is niet bekend in Spreiding"));
        if (huidig == null
                || g.getWachtwoordHash() == null
                || !hasher.klopt(huidig.toCharArray(), g.getWachtwoordHash())) {
            aanmelden.mislukt(naam, adres);
            throw Fout.ongeldig("Veld huidig wachtwoord: dit is niet uw huidige wachtwoord");
        }
        if (nieuw != null && nieuw.equals(huidig)) {
            throw Fout.ongeldig("Veld nieuw wachtwoord: kies een ander wachtwoord dan het huidige");
        }
        Wachtwoordbeleid.fout(nieuw, naam).ifPresent(fout -> {
            throw Fout.ongeldig("Veld nieuw wachtwoord: " + fout);
        });
        boolean wasTijdelijk = g.isWachtwoordTijdelijk();
        g.zetWachtwoord(hasher.maak(nieuw), false);
        em.flush();
        auditLog.vastleggen(
                "WACHTWOORD_GEWIJZIGD",
                "Gebruiker",
                g.getId(),
                g.getMinisterie() == null ? null : g.getMinisterie().getId(),
                Map.of("wachtwoordTijdelijk", wasTijdelijk),
                Map.of("wachtwoordTijdelijk", false));
    }
}
