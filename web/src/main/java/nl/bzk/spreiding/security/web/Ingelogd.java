package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.DemoAccounts;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.security.service.Roltoekenningen;

/** The logged-in user as the pages need it: name, ministry and which role-specific parts to show. */
@Named
@RequestScoped
public class Ingelogd {

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private DemoAccounts demoAccounts;

    @Inject
    private Roltoekenningen toekenningen;

    private List<Roltoekenningen.Aankondiging> aankondigingen;

    @Inject
    private HttpServletRequest request;

    private Gebruiker gebruiker;

    /** The caller's roles, asked once per request: the menu alone asks a dozen times. */
    private Set<Rol> rollen;

    /** Demo accounts with a known password can sign in: every page says so. */
    public boolean isDemo() {
        return demoAccounts.isActief();
    }

    public Gebruiker getGebruiker() {
        // The servlet request's principal, looked up by name: on Payara 7 neither Jakarta Security's SecurityContext
        // nor an EJB's caller identity is set while an error page is rendered (an error dispatch), and every error page
        // shows who is signed in.
        if (gebruiker == null && request.getUserPrincipal() != null) {
            gebruiker = gebruikers.zoek(request.getUserPrincipal().getName()).orElse(null);
        }
        return gebruiker;
    }

    /** The token of the sign-out form (Uitloggen). */
    public String getUitlogtoken() {
        return SpreidingAuthenticatie.uitlogtoken(request.getSession(false));
    }

    private boolean heeft(Rol rol) {
        if (rollen == null) {
            rollen = EnumSet.noneOf(Rol.class);
            for (Rol r : Rol.values()) {
                if (request.isUserInRole(r.name())) {
                    rollen.add(r);
                }
            }
        }
        return rollen.contains(rol);
    }

    public boolean isContactpersoon() {
        return heeft(Rol.MINISTRY_CONTACT);
    }

    public boolean isCoordinator() {
        return heeft(Rol.BZK_COORDINATOR);
    }

    public boolean isArchivaris() {
        return heeft(Rol.ARCHIVIST);
    }

    public boolean isBeheerder() {
        return heeft(Rol.ADMIN);
    }

    public boolean isOndertekenaar() {
        return heeft(Rol.ONDERTEKENAAR);
    }
    /** Takes part in the letter workflow: drafts, reviews or signs. */
    public boolean isDossierdeelnemer() {
        return isCoordinator() || isOndertekenaar();
    }

    /** Grants of the caller's roles made by a single administrator lately (issue 30): the start page shows them. */
    public List<Roltoekenningen.Aankondiging> getAankondigingen() {
        if (aankondigingen == null) {
            Set<Rol> mijn = EnumSet.noneOf(Rol.class);
            for (Rol r : Rol.values()) {
                if (heeft(r)) {
                    mijn.add(r);
                }
            }
            aankondigingen = getGebruiker() == null ? List.of() : toekenningen.voorMij(mijn);
        }
        return aankondigingen;
    }

    /** The most far-reaching role, as people read it. */
    public String getRolOmschrijving() {
        if (isBeheerder()) return Rol.ADMIN.getLabel();
        if (isCoordinator()) return Rol.BZK_COORDINATOR.getLabel();
        if (isOndertekenaar()) return Rol.ONDERTEKENAAR.getLabel();
        if (isArchivaris()) return Rol.ARCHIVIST.getLabel();
        if (isContactpersoon()) return Rol.MINISTRY_CONTACT.getLabel();
        return "";
    }
}
