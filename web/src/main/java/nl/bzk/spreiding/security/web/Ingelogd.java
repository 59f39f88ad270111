package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.DemoAccounts;
import nl.bzk.spreiding.security.service.Gebruikers;

/** The logged-in user as the pages need it: name, ministry and which role-specific parts to show. */
@Named
@RequestScoped
public class Ingelogd {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private DemoAccounts demoAccounts;

    private Gebruiker gebruiker;

    /** Demo accounts with a known password can sign in: every page says so. */
    public boolean isDemo() {
        return demoAccounts.isActief();
    }

    public Gebruiker getGebruiker() {
        if (gebruiker == null && securityContext.getCallerPrincipal() != null) {
            gebruiker = gebruikers.ingelogd();
        }
        return gebruiker;
    }

    public boolean isContactpersoon() {
        return securityContext.isCallerInRole(Rol.MINISTRY_CONTACT_NAAM);
    }

    public boolean isCoordinator() {
        return securityContext.isCallerInRole(Rol.BZK_COORDINATOR_NAAM);
    }

    public boolean isArchivaris() {
        return securityContext.isCallerInRole(Rol.ARCHIVIST_NAAM);
    }

    public boolean isBeheerder() {
        return securityContext.isCallerInRole(Rol.ADMIN_NAAM);
    }

    public boolean isOndertekenaar() {
        return securityContext.isCallerInRole(Rol.ONDERTEKENAAR_NAAM);
    }
    /** Takes part in the letter workflow: drafts, reviews or signs. */
    public boolean isDossierdeelnemer() {
        return isCoordinator() || isOndertekenaar() || isBeheerder();
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
