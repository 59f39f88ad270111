package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The login page as a browser fills it in, for tests that need a page session without a real browser. */
public final class Inlogformulier {

    private Inlogformulier() {}

    public static String viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(m.find(), "geen ViewState in pagina");
        return m.group(1);
    }

    public static String velden(String gebruiker, String wachtwoord, String viewState) {
        return "login=login&login%3Agebruikersnaam=" + enc(gebruiker) + "&login%3Awachtwoord=" + enc(wachtwoord)
                + "&login%3Ainloggen=Inloggen&jakarta.faces.ViewState=" + enc(viewState);
    }

    /** A client with a page session (cookie), logged in through the form. */
    public static Api inloggen(URL basis, String gebruiker, String wachtwoord) {
        Api browser = Api.anoniem(basis);
        aanmelden(browser, gebruiker, wachtwoord);
        return browser;
    }

    /** The cookies of a page session opened through the form, as a hand-made client sends them ({@link #sessiecookie}). */
    public static String sessiecookie(URL basis, String gebruiker, String wachtwoord) {
        return sessiecookie(aanmelden(Api.anoniem(basis), gebruiker, wachtwoord));
    }

    private static Api.Antwoord aanmelden(Api browser, String gebruiker, String wachtwoord) {
        Api.Antwoord formulier = browser.get("login.xhtml");
        Api.Antwoord ingelogd = browser.form("login.xhtml", velden(gebruiker, wachtwoord, viewState(formulier.body())));
        assertEquals(302, ingelogd.status(), ingelogd.body());
        return ingelogd;
    }

    /**
     * The session's cookies as a browser sends them back after the login response ("JSESSIONID=...;
     * JSESSIONIDVERSION=..."). The application being distributable, Payara sets the session's version next to its id
     * and, over TLS, does not find the session without it.
     */
    public static String sessiecookie(Api.Antwoord antwoord) {
        List<String> cookies = antwoord.response().headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), "geen sessiecookie: " + cookies);
        return cookies.stream().map(c -> c.split(";")[0]).collect(Collectors.joining("; "));
    }

    private static String enc(String s) {
        assertNotNull(s);
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
