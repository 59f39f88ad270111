package nl.bzk.spreiding.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.bzk.spreiding.security.entity.Aanmeldpoging;
import org.junit.jupiter.api.Test;

/** The back-off rule: blocked from the threshold on, each further failure doubling the wait up to 15 minutes. */
class AanmeldpogingTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void vanafDeDrempelVerdubbeltDeWachttijdTotHoogstensEenKwartier() {
        Aanmeldpoging poging = new Aanmeldpoging("naam:x", T0);
        OffsetDateTime nu = T0;
        for (int i = 1; i <= 4; i++) {
            assertFalse(poging.registreerMislukt(nu, 5), "poging " + i);
            assertFalse(poging.isGeblokkeerd(nu));
        }
        long[] verwacht = {30, 60, 120, 240, 480, 900, 900};
        for (long seconden : verwacht) {
            assertTrue(poging.registreerMislukt(nu, 5));
            assertEquals(Duration.ofSeconds(seconden), Duration.between(nu, poging.getGeblokkeerdTot()));
            assertTrue(poging.isGeblokkeerd(nu.plusSeconds(seconden - 1)));
            assertFalse(poging.isGeblokkeerd(nu.plusSeconds(seconden)));
            nu = nu.plusSeconds(seconden);
        }
    }

    /** A name's failures from everywhere slow it down, they never lock it (issue 30, finding 6). */
    @Test
    void eenKorteBovengrensVertraagtInPlaatsVanTeBlokkeren() {
        Aanmeldpoging poging = new Aanmeldpoging("naam:x", T0);
        OffsetDateTime nu = T0;
        for (int i = 1; i < 20; i++) {
            assertFalse(poging.registreerMislukt(nu, 20, Duration.ofSeconds(2)));
        }
        for (int i = 0; i < 30; i++) {
            assertTrue(poging.registreerMislukt(nu, 20, Duration.ofSeconds(2)));
            assertEquals(Duration.ofSeconds(2), Duration.between(nu, poging.getGeblokkeerdTot()), "poging " + i);
            nu = nu.plusSeconds(2);
        }
    }

    @Test
    void naEenKwartierZonderMislukkenBegintDeTellingOpnieuw() {
        Aanmeldpoging poging = new Aanmeldpoging("adres:127.0.0.1", T0);
        for (int i = 0; i < 4; i++) {
            poging.registreerMislukt(T0, 5);
        }
        assertFalse(poging.registreerMislukt(T0.plus(Aanmeldpoging.VENSTER).plusSeconds(1), 5));
        assertEquals(1, poging.getMislukt());
    }
}
