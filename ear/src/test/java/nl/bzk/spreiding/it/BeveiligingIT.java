package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Login per role, 401 and 403 on API and pages, and the audit trail of a change, in the real server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BeveiligingIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    @ParameterizedTest
    @CsvSource({
        "admin, ADMIN, ",
        "bzk, BZK_COORDINATOR, ",
        "archivaris, ARCHIVIST, ",
        "contact.jenv, MINISTRY_CONTACT, JENV",
        "contact.fin, MINISTRY_CONTACT, FIN"
    })
    void elkeDemoRolKanInloggen(String gebruiker, String rol, String ministerie) {
        Api.Antwoord mij = Api.als(basis, gebruiker).get("api/mij");
        assertEquals(200, mij.status(), mij.body());
        JsonObject json = mij.object();
        assertEquals(gebruiker, json.getString("gebruikersnaam"));
        assertEquals(
                List.of(rol),
                json.getJsonArray("rollen").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        if (ministerie == null) {
            assertFalse(json.containsKey("ministerie") && !json.isNull("ministerie"), json.toString());
        } else {
            assertEquals(ministerie, json.getString("ministerie"));
        }
    }

    @Test
    void zonderInloggenGeeftDeApi401() {
        Api.Antwoord antwoord = Api.anoniem(basis).get("api/referentie/provincies");
        assertEquals(401, antwoord.status());
        assertTrue(antwoord.header("WWW-Authenticate").startsWith("Basic"), antwoord.header("WWW-Authenticate"));
    }

    @Test
    void verkeerdWachtwoordGeeft401() {
        // A correct login just before must not let a wrong password in (the Basic cache is keyed on the password).
        assertEquals(200, Api.als(basis, "bzk").get("api/mij").status());
        assertEquals(401, Api.als(basis, "bzk", "geen-demo").get("api/mij").status());
        assertEquals(401, Api.als(basis, "onbekend", "demo").get("api/mij").status());
    }

    @Test
    void paginaZonderInloggenStuurtNaarInlogpagina() {
        Api.Antwoord antwoord = Api.anoniem(basis).get("index.xhtml");
        assertEquals(302, antwoord.status());
        assertTrue(antwoord.header("Location").endsWith("/spreiding/login.xhtml"), antwoord.header("Location"));
        Api.Antwoord login = Api.anoniem(basis).get("login.xhtml");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("Inloggen"));
    }

    @Test
    void verkeerdeRolGeeft403OpApiEnPagina() {
        Api.Antwoord audit = Api.als(basis, "contact.jenv").get("api/audit");
        assertEquals(403, audit.status());
        assertTrue(audit.object().getString("melding").contains("geen rechten"), audit.body());
        assertEquals(403, Api.als(basis, "archivaris").get("api/audit").status());
        assertEquals(403, Api.als(basis, "contact.jenv").get("bzk/index.xhtml").status());
        assertEquals(403, Api.als(basis, "bzk").get("beheer/index.xhtml").status());
    }

    /**
     * Issue 30, finding 9: a call the EJB refuses was a 500 (with a stack trace in the log); a forged view state and an
     * id too large for a number were 500 on pages. Each is now the 4xx it means, and nothing changes.
     */
    @Test
    void eenGeweigerdeAanroepOfEenVervalsteStaatGeeftGeen500() {
        long beoordelingen = TestDatabase.getal("SELECT COUNT(*) FROM beoordeling");
        Api.Antwoord tekenen = Api.als(basis, "bzk").post("api/dossiers/2025/ondertekenen", "{\"versie\":1}");
        assertEquals(403, tekenen.status(), tekenen.body());
        assertTrue(tekenen.object().getString("melding").contains("geen rechten"), tekenen.body());
        Api.Antwoord route = Api.als(basis, "ondertekenaar")
                .put(
                        "api/dossiers/2025/route",
                        "{\"stappen\":[{\"functie\":\"Directeur\",\"rol\":\"BZK_COORDINATOR\"}],\"versieSlot\":1}");
        assertEquals(403, route.status(), route.body());
        assertEquals(
                403,
                Api.als(basis, "ondertekenaar").get("actieplan/index.xhtml").status());
        assertEquals(beoordelingen, TestDatabase.getal("SELECT COUNT(*) FROM beoordeling"));

        Api browser = Api.anoniem(basis);
        browser.get("login.xhtml");
        Api.Antwoord vervalst = browser.form("login.xhtml", Inlogformulier.velden("admin", "demo", "-123:456"));
        assertEquals(400, vervalst.status(), vervalst.body());
        int groot = Api.als(basis, "archivaris")
                .get("archief/stuk.xhtml?id=12345678901234567890")
                .status();
        assertTrue(groot == 400 || groot == 404, "status " + groot);
    }

    @Test
    void beveiligingsheadersOpElkePagina() {
        Api.Antwoord login = Api.anoniem(basis).get("login.xhtml");
        assertTrue(login.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
    }

    @Test
    void inloggenViaHetFormulierOpentDeStartpaginaVanDeRol() {
        Api browser = Api.anoniem(basis);
        Api.Antwoord formulier = browser.get("login.xhtml");
        String viewState = viewState(formulier.body());
        Api.Antwoord fout = browser.form("login.xhtml", formulier("contact.fin", "fout", viewState));
        assertEquals(200, fout.status());
        assertTrue(fout.body().contains("Onbekende gebruikersnaam of onjuist wachtwoord"), fout.body());

        Api.Antwoord ingelogd = browser.form("login.xhtml", formulier("contact.fin", "demo", viewState(fout.body())));
        assertEquals(302, ingelogd.status(), ingelogd.body());
        assertTrue(ingelogd.header("Location").endsWith("/spreiding/index.xhtml"));
        // every cookie the sign-in sets (JSESSIONID and, the application being distributable, JSESSIONIDVERSION)
        List<String> cookies = ingelogd.response().headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        for (String cookie : cookies) {
            assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=strict"), cookie);
        }
        Api.Antwoord start = browser.get("index.xhtml");
        assertEquals(200, start.status());
        assertTrue(start.body().contains("Contactpersoon Financiën"), start.body());
        assertTrue(start.body().contains("Aanlevering van uw ministerie"));
    }

    /**
     * Signing out posts the session's token to /uitloggen (a plain form, so pages without other forms keep no view
     * state in the session): without the token, or with another, nobody is signed out.
     */
    @Test
    void uitloggenAlleenMetHetTokenVanDeSessie() {
        Api browser = Inlogformulier.inloggen(basis, "contact.jenv", "demo");
        Api.Antwoord start = browser.get("index.xhtml");
        assertEquals(200, start.status());
        assertFalse(start.body().contains("jakarta.faces.ViewState"), "a page without forms keeps no view state");
        Matcher token = Pattern.compile(
                        "<form id=\"uitlog\" method=\"post\" action=\"/spreiding/uitloggen\""
                                + "[^>]*>.*?name=\"token\" value=\"([^\"]+)\"",
                        Pattern.DOTALL)
                .matcher(start.body());
        assertTrue(token.find(), start.body());

        assertEquals(403, browser.form("uitloggen", "").status(), "no token");
        assertEquals(
                403, browser.form("uitloggen", "token=" + token.group(1) + "x").status(), "another token");
        Api ander = Inlogformulier.inloggen(basis, "contact.jenv", "demo");
        assertEquals(403, ander.form("uitloggen", "token=" + token.group(1)).status(), "the token of another session");
        assertEquals(200, ander.get("index.xhtml").status());
        // The right token in the address (where logs, history and Referer headers keep it) counts for nothing
        // (issue 30, finding 12): only the form's body carries it.
        assertEquals(403, browser.form("uitloggen?token=" + token.group(1), "").status(), "token in the address");
        assertEquals(200, browser.get("index.xhtml").status(), "still signed in");

        Api.Antwoord uit = browser.form("uitloggen", "token=" + token.group(1));
        assertEquals(302, uit.status());
        assertTrue(uit.header("Location").endsWith("/spreiding/login.xhtml?uitgelogd=true"), uit.header("Location"));
        Api.Antwoord daarna = browser.get("index.xhtml");
        assertEquals(302, daarna.status());
        assertTrue(daarna.header("Location").contains("/spreiding/login.xhtml"), daarna.header("Location"));
    }

    @Test
    void apiMetBasicMaaktGeenSessie() {
        Api.Antwoord antwoord = Api.als(basis, "bzk").get("api/mij");
        assertEquals(200, antwoord.status());
        assertNull(antwoord.header("Set-Cookie"), "een API-aanroep hoort geen sessie te openen");
    }

    @Test
    void gelijktijdigeSessiesVanEenGebruikerHoudenHunRollen() throws Exception {
        // Regression: with Soteria's @AutoApplySession a session now and then lost its groups under concurrency (403).
        List<Api> browsers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Api browser = Api.anoniem(basis);
            Api.Antwoord formulier = browser.get("login.xhtml");
            assertEquals(
                    302,
                    browser.form("login.xhtml", formulier("bzk", "demo", viewState(formulier.body())))
                            .status());
            browsers.add(browser);
        }
        var pool = Executors.newFixedThreadPool(browsers.size());
        try {
            List<Future<List<Integer>>> resultaten = new ArrayList<>();
            for (Api browser : browsers) {
                resultaten.add(pool.submit(() -> {
                    List<Integer> statussen = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        statussen.add(browser.get("api/audit?max=1").status());
                    }
                    return statussen;
                }));
            }
            for (var resultaat : resultaten) {
                assertEquals(Collections.nCopies(25, 200), resultaat.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void beheerderWijzigtOnderdeelMetAuditVoorEnNa() {
        Api admin = Api.als(basis, "admin");
        Api.Antwoord nieuw = admin.post(
                "api/referentie/onderdelen",
                "{\"code\":\"IT-AUDIT\",\"naam\":\"Testdienst\",\"ministerie\":\"BZK\",\"sector\":\"MINISTERIES\"}");
        assertEquals(201, nieuw.status(), nieuw.body());
        long versie = nieuw.object().getJsonNumber("versie").longValue();

        Api.Antwoord gewijzigd = admin.put(
                "api/referentie/onderdelen/IT-AUDIT",
                "{\"naam\":\"Testdienst Noord\",\"afkorting\":\"TDN\",\"lidwoord\":\"Het\",\"sector\":\"ZBO\",\"actief\":true,\"versie\":"
                        + versie + "}");
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertEquals("TDN", gewijzigd.object().getString("afkorting"));
        assertEquals("het", gewijzigd.object().getString("lidwoord"));

        List<Map<String, Object>> audit = TestDatabase.rijen(
                "SELECT gebruiker, actie, voor, na FROM audit_regel WHERE entiteit = 'Organisatieonderdeel' AND entiteit_id = 'IT-AUDIT' ORDER BY id");
        assertEquals(2, audit.size());
        assertEquals("AANGEMAAKT", audit.get(0).get("actie"));
        assertNull(audit.get(0).get("voor"));
        assertEquals("admin", audit.get(1).get("gebruiker"));
        assertEquals("GEWIJZIGD", audit.get(1).get("actie"));
        assertTrue(String.valueOf(audit.get(1).get("voor")).contains("\"naam\":\"Testdienst\""));
        assertTrue(String.valueOf(audit.get(1).get("voor")).contains("\"sector\":\"MINISTERIES\""));
        assertTrue(String.valueOf(audit.get(1).get("na")).contains("\"naam\":\"Testdienst Noord\""));
        assertTrue(String.valueOf(audit.get(1).get("na")).contains("\"sector\":\"ZBO\""));
        assertTrue(String.valueOf(audit.get(1).get("na")).contains("\"afkorting\":\"TDN\""));
        assertTrue(String.valueOf(audit.get(1).get("na")).contains("\"lidwoord\":\"het\""));

        // The audit trail is also readable for BZK through the API.
        var viaApi = Api.als(basis, "bzk")
                .get("api/audit?entiteit=Organisatieonderdeel&id=IT-AUDIT")
                .array();
        assertEquals(2, viaApi.size());
        assertEquals("GEWIJZIGD", viaApi.getJsonObject(0).getString("actie"));
    }

    @Test
    void gelijktijdigeWijzigingWordtGeweigerdEnNietsGaatVerloren() {
        Api admin = Api.als(basis, "admin");
        assertEquals(
                201,
                admin.post(
                                "api/referentie/onderdelen",
                                "{\"code\":\"IT-LOCK\",\"naam\":\"Origineel\",\"ministerie\":\"FIN\",\"sector\":\"MINISTERIES\"}")
                        .status());
        long gelezen = admin.get("api/referentie/onderdelen/IT-LOCK")
                .object()
                .getJsonNumber("versie")
                .longValue();

        Api.Antwoord eerste = admin.put(
                "api/referentie/onderdelen/IT-LOCK",
                "{\"naam\":\"Eerste\",\"sector\":\"MINISTERIES\",\"actief\":true,\"versie\":" + gelezen + "}");
        assertEquals(200, eerste.status(), eerste.body());
        Api.Antwoord tweede = admin.put(
                "api/referentie/onderdelen/IT-LOCK",
                "{\"naam\":\"Tweede\",\"sector\":\"MINISTERIES\",\"actief\":true,\"versie\":" + gelezen + "}");
        assertEquals(409, tweede.status(), tweede.body());
        assertTrue(
                tweede.object().getString("melding").contains("intussen door iemand anders gewijzigd"), tweede.body());
        assertEquals(
                "Eerste",
                TestDatabase.rijen("SELECT naam FROM organisatieonderdeel WHERE code = 'IT-LOCK'")
                        .get(0)
                        .get("naam"));
    }

    @Test
    void ongeldigeInvoerGeeftNederlandseMeldingEnWijzigtNiets() {
        Api admin = Api.als(basis, "admin");
        long audits = TestDatabase.getal("SELECT COUNT(*) FROM audit_regel");
        Api.Antwoord sector = admin.post(
                "api/referentie/onderdelen",
                "{\"code\":\"IT-FOUT\",\"naam\":\"X\",\"ministerie\":\"BZK\",\"sector\":\"ONBEKEND\"}");
        assertEquals(400, sector.status());
        assertEquals(
                "Veld sector: onbekende sectorcode 'ONBEKEND'", sector.object().getString("melding"));
        Api.Antwoord ministerie = admin.post(
                "api/referentie/onderdelen",
                "{\"code\":\"IT-FOUT\",\"naam\":\"X\",\"ministerie\":\"XX\",\"sector\":\"ZBO\"}");
        assertEquals(400, ministerie.status());
        assertTrue(ministerie.object().getString("melding").contains("onbekende ministeriecode 'XX'"));
        Api.Antwoord lidwoord = admin.post(
                "api/referentie/onderdelen",
                "{\"code\":\"IT-FOUT\",\"naam\":\"X\",\"lidwoord\":\"een\",\"ministerie\":\"BZK\",\"sector\":\"ZBO\"}");
        assertEquals(400, lidwoord.status());
        assertEquals(
                "Veld lidwoord: 'een' moet 'de', 'het' of leeg zijn",
                lidwoord.object().getString("melding"));
        Api.Antwoord afkorting = admin.post(
                "api/referentie/onderdelen",
                "{\"code\":\"IT-FOUT\",\"naam\":\"X\",\"afkorting\":\"twee woorden\",\"ministerie\":\"BZK\",\"sector\":\"ZBO\"}");
        assertEquals(400, afkorting.status());
        assertTrue(
                afkorting.object().getString("melding").startsWith("Veld afkorting: 'twee woorden' is geen afkorting"),
                afkorting.body());
        Api.Antwoord dubbel = admin.post(
                "api/referentie/onderdelen",
                "{\"code\":\"CJIB\",\"naam\":\"X\",\"ministerie\":\"JENV\",\"sector\":\"MINISTERIES\"}");
        assertEquals(409, dubbel.status());
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM organisatieonderdeel WHERE code = 'IT-FOUT'"));
        assertEquals(audits, TestDatabase.getal("SELECT COUNT(*) FROM audit_regel"));
    }

    @Test
    void contactpersoonMagReferentiegegevensNietWijzigen() {
        Api.Antwoord antwoord = Api.als(basis, "contact.jenv")
                .put(
                        "api/referentie/onderdelen/CJIB",
                        "{\"naam\":\"Gekaapt\",\"sector\":\"ZBO\",\"actief\":false,\"versie\":0}");
        assertEquals(403, antwoord.status());
        Map<String, Object> cjib = TestDatabase.rijen(
                        "SELECT naam, sector_code FROM organisatieonderdeel WHERE code = 'CJIB'")
                .get(0);
        assertEquals("Centraal Justitieel Incassobureau", cjib.get("naam"));
        assertEquals("MINISTERIES", cjib.get("sector_code"));
    }

    private static String viewState(String html) {
        return Inlogformulier.viewState(html);
    }

    private static String formulier(String gebruiker, String wachtwoord, String viewState) {
        return Inlogformulier.velden(gebruiker, wachtwoord, viewState);
    }
}
