package nl.bzk.spreiding.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 32: with OpenID Connect on, the application's public address is required, so the address the provider sends
 * the browser back to never comes from the request's Host header; settings that cannot work stop the start.
 */
class OidcInstellingenTest {

    private static final Optional<String> ISSUER = Optional.of("https://login.example/realms/rijk");
    private static final Optional<String> CLIENT = Optional.of("spreiding");
    private static final Optional<String> GEHEIM = Optional.of("geheim");

    @Test
    void uitVraagtNiets() {
        assertNull(OidcAanmelding.waaromNietStarten(
                false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aanZonderPubliekAdresStartNiet() {
        String waarom = OidcAanmelding.waaromNietStarten(true, ISSUER, CLIENT, GEHEIM, Optional.empty());
        assertTrue(waarom.contains("spreiding.oidc.publieke-url ontbreekt"), waarom);
        assertTrue(OidcAanmelding.waaromNietStarten(true, ISSUER, CLIENT, GEHEIM, Optional.of("  "))
                .contains("ontbreekt"));
    }

    @Test
    void eenPubliekAdresIsEenHttpAdresMetHost() {
        assertEquals(
                "spreiding.oidc.publieke-url 'spreiding.example/spreiding' is geen http(s)-adres met een host",
                OidcAanmelding.waaromNietStarten(
                        true, ISSUER, CLIENT, GEHEIM, Optional.of("spreiding.example/spreiding")));
        assertTrue(OidcAanmelding.waaromNietStarten(true, ISSUER, CLIENT, GEHEIM, Optional.of("ftp://x/spreiding"))
                .contains("geen http(s)-adres"));
        assertNull(OidcAanmelding.waaromNietStarten(
                true, ISSUER, CLIENT, GEHEIM, Optional.of("https://spreiding.example/spreiding")));
    }

    @Test
    void zonderIssuerOfClientStartHetNiet() {
        assertTrue(OidcAanmelding.waaromNietStarten(
                        true, Optional.empty(), CLIENT, GEHEIM, Optional.of("https://spreiding.example/spreiding"))
                .contains("spreiding.oidc.issuer"));
    }
}
