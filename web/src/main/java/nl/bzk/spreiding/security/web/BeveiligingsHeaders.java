package nl.bzk.spreiding.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets the security headers once more on forwards and error dispatches (the authentication mechanism sets them at the
 * start of every request, before any 401 or redirect), so an error page never goes out without them.
 */
public class BeveiligingsHeaders extends HttpFilter {

    @Inject
    private Transport transport;

    @Inject
    private OidcAanmelding oidc;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Responsbeveiliging.zet(request, response, transport.isTls(), oidc.getHerkomst());
        chain.doFilter(request, response);
    }
}
