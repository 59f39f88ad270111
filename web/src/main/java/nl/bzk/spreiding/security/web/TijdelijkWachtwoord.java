package nl.bzk.spreiding.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import nl.bzk.spreiding.platform.api.ApiFout;

/**
 * Someone who signed in with a temporary password (set by an administrator) can do one thing: choose their own. Pages
 * lead to the change page, the API answers 403 except for reading and changing their own account.
 */
public class TijdelijkWachtwoord extends HttpFilter {

    static final String WIJZIG_PAGINA = "/account/wachtwoord.xhtml";
    private static final Set<String> TOEGESTAAN = Set.of(
            WIJZIG_PAGINA, SpreidingAuthenticatie.LOGIN_PAGINA, Uitloggen.PAD, "/api/mij", "/api/mij/wachtwoord");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getAttribute(SpreidingAuthenticatie.WACHTWOORD_WIJZIGEN) == null
                || TOEGESTAAN.contains(pad)
                || pad.startsWith("/jakarta.faces.resource/")
                || pad.startsWith("/resources/")) {
            chain.doFilter(request, response);
            return;
        }
        if (ApiFout.isApi(request)) {
            ApiFout.schrijf(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "U bent ingelogd met een tijdelijk wachtwoord. Kies eerst een eigen "
                            + "wachtwoord (PUT /api/mij/wachtwoord).");
            return;
        }
        response.sendRedirect(request.getContextPath() + WIJZIG_PAGINA);
    }
}
