package nl.bzk.spreiding.security.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import nl.bzk.spreiding.platform.Regeltekst;

/** Backs the login page. */
@Named
@RequestScoped
public class Inloggen {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private OidcAanmelding oidc;

    /** People sign in through the organisation's identity provider; the password form is then off. */
    public boolean isOidc() {
        return oidc.isIngeschakeld();
    }

    @NotBlank(message = "Vul uw gebruikersnaam in")
    @Regeltekst
    private String gebruikersnaam;

    @NotBlank(message = "Vul uw wachtwoord in")
    @Regeltekst(max = 1000)
    private String wachtwoord;

    public void inloggen() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(gebruikersnaam, wachtwoord)));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, melding(request), null));
        }
    }

    /** The same words for every login name, known or not, so the page tells nothing about accounts. */
    private static String melding(HttpServletRequest request) {
        if (request.getAttribute(SpreidingAuthenticatie.WACHTWOORD_UIT) != null) {
            return "Inloggen met een wachtwoord staat uit; log in via de knop hierboven.";
        }
        if (request.getAttribute(SpreidingAuthenticatie.GEBLOKKEERD) instanceof Long seconden) {
            return SpreidingAuthenticatie.blokkadeMelding(seconden);
        }
        return "Onbekende gebruikersnaam of onjuist wachtwoord";
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }
}
