package nl.bzk.spreiding.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Signing out: the form in every page's header posts here with the session's sign-out token. A plain form, not a Faces
 * form: a Faces form would make every page keep its view state in the session (up to fifteen views per session, copied
 * to the other instances on every request in a cluster), only to be able to sign out. The token stands in for the view
 * state's protection against forged requests; the session cookie is also SameSite=Strict.
 */
@WebServlet(Uitloggen.PAD)
public class Uitloggen extends HttpServlet {

    static final String PAD = "/uitloggen";

    @Inject
    private OidcAanmelding oidc;

    /** Signing out takes the form; an address typed in leads to the start page, signed in as before. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }

    private static boolean tokenInAdres(HttpServletRequest request) {
        String adres = request.getQueryString();
        return adres != null
                && Arrays.stream(adres.split("&")).anyMatch(d -> d.equals("token") || d.startsWith("token="));
    }

    /** Ends the local session and, after an OpenID Connect sign-in, the provider's session too (where it supports that). */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession sessie = request.getSession(false);
        // The token only from the form's body: one in the address would end up in logs, history and Referer headers.
        if (tokenInAdres(request) || !SpreidingAuthenticatie.uitlogtokenKlopt(sessie, request.getParameter("token"))) {
            // Not from our own page: a forged request signs nobody out.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String idToken = (String) sessie.getAttribute(OidcAanmelding.ID_TOKEN);
        request.logout();
        sessie.invalidate();
        Optional<String> provider =
                idToken != null && oidc.isIngeschakeld() ? oidc.afmeldadres(idToken) : Optional.empty();
        response.sendRedirect(
                provider.orElse(request.getContextPath() + SpreidingAuthenticatie.LOGIN_PAGINA + "?uitgelogd=true"));
    }
}
