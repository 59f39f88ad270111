package nl.bzk.spreiding.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser-side protection, set on every response (pages, API, redirects, 401s and error pages): no framing, no MIME
 * sniffing, scripts and styles only from the application itself, and HSTS when the application is served over TLS.
 */
final class Responsbeveiliging {

    /** No inline script or style anywhere: the pages load one script file and one stylesheet. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    /**
     * The policy, with the identity provider's origin added to form-action when people sign in through OpenID Connect:
     * the logout form redirects there to end the provider's session, and browsers apply form-action to that redirect.
     */
    static String csp(String provider) {
        return provider == null ? CSP : CSP.replace("form-action 'self';", "form-action 'self' " + provider + ";");
    }

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private Responsbeveiliging() {}

    /**
     * @param tls      the application is served over TLS (directly, or at a TLS-terminating proxy: spreiding.http.tls)
     * @param provider the origin of the OpenID Connect provider, or null
     */
    static void zet(HttpServletRequest request, HttpServletResponse response, boolean tls, String provider) {
        response.setHeader("Content-Security-Policy", csp(provider));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (tls || request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
