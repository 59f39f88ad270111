package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sign-in through a real OpenID Connect provider (navikt's mock-oauth2-server from Maven Central, started here with its
 * interactive login page) in a real browser: a ministry contact signs in, sees Defensie's submission page and logs out at
 * both ends; an unknown person, a deactivated user and a user without roles are refused; the password form is off for
 * people while HTTP Basic stays for accounts with a password (technical accounts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcIT {

    private MockOAuth2Server provider;
    private Serverproces server;
    private URL basis;

    @BeforeAll
    void start() throws Exception {
        Browser.vereist();
        provider = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        provider.start(Serverproces.vrijePoort());
        String issuer = provider.issuerUrl("rijk").toString();
        // The public address is required with OpenID Connect on (issue 32): the redirect address is never made from
        // the request's Host header.
        int poort = Serverproces.vrijePoort();
        server = Serverproces.begin(
                "oidc-start",
                List.of(
                        "-Dspreiding.demo.enabled=true",
                        "-Dspreiding.oidc.ingeschakeld=true",
                        "-Dspreiding.oidc.issuer=" + issuer,
                        "-Dspreiding.oidc.client-id=spreiding",
                        "-Dspreiding.oidc.claim-gebruikersnaam=sub",
                        "-Dspreiding.oidc.automatisch-aanmaken=true",
                        "-Dspreiding.oidc.publieke-url=http://localhost:" + poort + "/spreiding"),
                List.of(),
                Map.of("SPREIDING_OIDC_CLIENT_SECRET", "geheim-van-de-client"),
                poort);
        server.wachtTotGereed();
        basis = URI.create("http://localhost:" + server.poort + "/spreiding/").toURL();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** Through the application's login page to the provider's, where the person types who they are. */
    private void inloggen(Browser browser, String wie) {
        browser.ga("index.xhtml");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/login.xhtml"),
                browser.driver().getCurrentUrl());
        assertTrue(
                browser.driver().findElements(By.id("login:wachtwoord")).isEmpty(),
                "geen wachtwoordformulier met OIDC aan");
        browser.klik("oidc-inloggen");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/rijk/authorize?"),
                browser.driver().getCurrentUrl());
        browser.element(By.name("username")).sendKeys(wie);
        browser.element(By.cssSelector("input[type='submit']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(basis.toString()));
    }

    @Test
    void contactpersoonLogtInViaDeProviderZietDefensieEnLogtAanBeideKantenUit() {
        try (Browser browser = Browser.open(basis)) {
            inloggen(browser, "contact.def");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.getCurrentUrl().endsWith("/index.xhtml"));
            assertTrue(browser.tekst().contains("Contactpersoon Defensie"), browser.tekst());
            browser.klik("naar-aanlevering");
            assertEquals("Aanlevering Ministerie van Defensie", browser.titel());
            assertTrue(
                    browser.toegankelijkheid().isEmpty(),
                    browser.toegankelijkheid().toString());

            browser.klik("uitlog:uitloggen");
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                        .until(d -> d.getCurrentUrl().contains("login.xhtml?uitgelogd=true"));
            } catch (TimeoutException e) {
                throw new AssertionError(
                        "na uitloggen op " + browser.driver().getCurrentUrl() + ": "
                                + browser.driver().getPageSource(),
                        e);
            }
            assertTrue(browser.tekst().contains("U bent uitgelogd"), browser.tekst());
            browser.ga("ministerie/aanlevering.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "lokale sessie is weg");
        }
    }

    @Test
    void onbekendGedeactiveerdEnZonderRolWordenGeweigerd() {
        // Deactivated by the administrator (HTTP Basic stays for accounts that have a password).
        Api admin = Api.als(basis, "admin");
        var fin = admin.get("api/gebruikers?zoek=contact.fin").array().getJsonObject(0);
        assertEquals(
                200,
                admin.post(
                                "api/gebruikers/" + fin.getJsonNumber("id").longValue() + "/deactiveren",
                                "{\"versie\":" + fin.getJsonNumber("versie").longValue() + "}")
                        .status());
        try (Browser browser = Browser.open(basis)) {
            inloggen(browser, "contact.fin");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("login.xhtml?oidc=gedeactiveerd"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.tekst().contains("Uw account in Spreiding is gedeactiveerd"), browser.tekst());
        }
        // First sign-in of a new person: created without roles (automatisch-aanmaken), refused until a role is given.
        try (Browser browser = Browser.open(basis)) {
            inloggen(browser, "nieuw.persoon");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("login.xhtml?oidc=geen_rol"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.tekst().contains("heeft nog geen rol"), browser.tekst());
        }
        var nieuw = admin.get("api/gebruikers?zoek=nieuw.persoon").array();
        assertEquals(1, nieuw.size());
        assertTrue(nieuw.getJsonObject(0).getJsonArray("rollen").isEmpty());
        // A subject that can never be a login name in Spreiding.
        try (Browser browser = Browser.open(basis)) {
            inloggen(browser, "iemand onbekend");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("login.xhtml?oidc=onbekend"),
                    browser.driver().getCurrentUrl());
        }
        // The password form is off for people: a posted password is refused even when it is right.
        Api.Antwoord formulier = Api.anoniem(basis).get("login.xhtml");
        assertFalse(formulier.body().contains("login:wachtwoord"));
        assertEquals(200, Api.als(basis, "bzk").get("api/mij").status(), "HTTP Basic voor accounts met een wachtwoord");
        assertEquals(
                401,
                Api.als(basis, "nieuw.persoon", "wat-dan-ook-123")
                        .get("api/mij")
                        .status());
    }
}
