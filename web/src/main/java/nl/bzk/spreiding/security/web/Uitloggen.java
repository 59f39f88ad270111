package nl.bzk.spreiding.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

@Named
@RequestScoped
public class Uitloggen {

    @Inject
    private FacesContext faces;

    @Inject
    private OidcAanmelding oidc;

    /** Ends the local session and, after an OpenID Connect sign-in, the provider's session too (where it supports that). */
    public void uitloggen() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession sessie = request.getSession(false);
        String idToken = sessie == null ? null : (String) sessie.getAttribute(OidcAanmelding.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        Optional<String> provider =
                idToken != null && oidc.isIngeschakeld() ? oidc.afmeldadres(request, idToken) : Optional.empty();
        external.redirect(provider.orElse(
                external.getRequestContextPath() + SpreidingAuthenticatie.LOGIN_PAGINA + "?uitgelogd=true"));
    }
}
