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
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private Responsbeveiliging() {
    }

    /** @param tls the application is served over TLS (directly, or at a TLS-terminating proxy: spreiding.http.tls) */
    static void zet(HttpServletRequest request, HttpServletResponse response, boolean tls) {
        response.setHeader("Content-Security-Policy", CSP);
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
