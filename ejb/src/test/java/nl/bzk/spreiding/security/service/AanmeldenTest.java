package nl.bzk.spreiding.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's keys and its alert line (issue 30, findings 5 and 6). */
class AanmeldenTest {

    @Test
    void eenNaamTeltPerAdresEnOveralApart() {
        assertEquals("naam@adres:ondertekenaar|127.0.0.5", Aanmelden.naamAdresSleutel("Ondertekenaar ", "127.0.0.5"));
        assertNotEquals(
                Aanmelden.naamAdresSleutel("ondertekenaar", "127.0.0.5"),
                Aanmelden.naamAdresSleutel("ondertekenaar", "127.0.0.6"));
        assertEquals("naam:ondertekenaar", Aanmelden.naamSleutel("ondertekenaar"));
        // A NUL (PostgreSQL refuses it in text) or a long name is counted under its hash.
        assertTrue(Aanmelden.naamSleutel("admin\u0000x").startsWith("naam:#"));
        assertTrue(Aanmelden.naamAdresSleutel("x".repeat(80), "127.0.0.1").startsWith("naam@adres:#"));
        assertTrue(Aanmelden.naamAdresSleutel("x".repeat(80), "127.0.0.1").length() <= 60);
    }

    @Test
    void eenUitbarstingVanBlokkadesGeeftEenRegelPerMinuut() {
        OffsetDateTime minuut = OffsetDateTime.of(2031, 1, 1, 9, 0, 5, 0, ZoneOffset.UTC);
        for (int i = 1; i < Aanmelden.UITBARSTING; i++) {
            assertFalse(Aanmelden.meldUitbarsting(minuut), "blokkade " + i);
        }
        assertTrue(Aanmelden.meldUitbarsting(minuut));
        assertFalse(Aanmelden.meldUitbarsting(minuut.plusSeconds(30)), "one line per minute");
        OffsetDateTime volgende = minuut.plusMinutes(1);
        for (int i = 1; i < Aanmelden.UITBARSTING; i++) {
            assertFalse(Aanmelden.meldUitbarsting(volgende));
        }
        assertTrue(Aanmelden.meldUitbarsting(volgende));
    }
}
