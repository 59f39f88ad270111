package nl.bzk.spreiding.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.submission.service.Invoergrenzen;

/**
 * Bounds every request body before anything reads it: a request that announces a larger body is refused at once with
 * 413, one that does not (chunked) is cut off as soon as it passes the bound. Anonymous requests (the login page) may
 * carry only a small form; a file import at most the file limit; anything else {@link #MAX_INGELOGD}. The server has
 * its own cap on top (max-post-size-bytes, preboot.asadmin) and multipart uploads stay in memory (web.xml), so no
 * request ever writes a temporary file.
 */
public class Verzoekgrootte extends HttpFilter {

    public static final long MAX_ANONIEM = 64 * 1024;
    public static final long MAX_INGELOGD = 8L * 1024 * 1024;
    /** A file upload: the file and the little that comes with it. */
    public static final long MAX_BESTAND = Invoergrenzen.MAX_BYTES + 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long grens = grens(request);
        long lengte = request.getContentLengthLong();
        if (lengte > grens) {
            weiger(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Het verzoek is te groot; de grens is "
                            + (grens >= 1024 * 1024 ? grens / (1024 * 1024) + " MB" : grens / 1024 + " kB")
                            + ". Er is niets opgeslagen.");
            return;
        }
        if (lengte < 0 && isMultipart(request)) {
            // Browsers always announce the length of a form upload; without it the container would parse blindly.
            weiger(
                    request,
                    response,
                    HttpServletResponse.SC_LENGTH_REQUIRED,
                    "Een upload moet zijn lengte vooraf opgeven. Er is niets opgeslagen.");
            return;
        }
        chain.doFilter(lengte >= 0 ? request : new Begrensd(request, grens), response);
    }

    static long grens(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return MAX_ANONIEM;
        }
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        // The PDF check (api/archief/controle) takes a file as its body: the file limit, as the upload page has.
        return pad.endsWith("/bestand") || pad.equals("/api/archief/controle") || isMultipart(request)
                ? MAX_BESTAND
                : MAX_INGELOGD;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Answers at once, without reading the body: JSON for the API, a small Dutch page for people (not the Faces error page,
     * which would try to read the very body that is refused).
     */
    static void weiger(HttpServletRequest request, HttpServletResponse response, int status, String melding)
            throws IOException {
        // The client may still be sending: do not keep the connection open for the rest of the body.
        response.setHeader("Connection", "close");
        if (ApiFout.isApi(request)) {
            ApiFout.schrijf(response, status, melding);
        } else {
            response.setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write(
                            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>Niet verwerkt – Spreiding"
                                    + "</title></head><body><main><h1>Niet verwerkt</h1><p>" + melding
                                    + "</p><p><a href=\"" + request.getContextPath()
                                    + "/index.xhtml\">Naar de startpagina</a></p></main></body></html>");
        }
    }

    /** Raised while reading a body without a declared length once it passes the bound; mapped to 413. */
    public static final class TeGroot extends IOException {
        public TeGroot(long grens) {
            super("Het verzoek is groter dan " + grens + " bytes");
        }
    }

    private static final class Begrensd extends HttpServletRequestWrapper {
        private final long grens;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest request, long grens) {
            super(request);
            this.grens = grens;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                ServletInputStream bron = super.getInputStream();
                stroom = new ServletInputStream() {
                    private long gelezen;

                    @Override
                    public int read() throws IOException {
                        int b = bron.read();
                        tel(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int begin, int lengte) throws IOException {
                        int n = bron.read(buffer, begin, lengte);
                        tel(Math.max(n, 0));
                        return n;
                    }

                    private void tel(int n) throws TeGroot {
                        gelezen += n;
                        if (gelezen > grens) {
                            throw new TeGroot(grens);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return bron.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return bron.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        bron.setReadListener(listener);
                    }
                };
            }
            return stroom;
        }
    }
}
