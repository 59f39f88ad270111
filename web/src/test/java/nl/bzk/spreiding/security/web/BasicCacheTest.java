package nl.bzk.spreiding.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BasicCacheTest {

    private static final long MINUUT = BasicCache.GELDIGHEID_MS;

    @Test
    void eenMinuutNaHetLaatsteBevestigdeGebruik() {
        BasicCache cache = new BasicCache();
        cache.bewaar("bzk", "geheim", "bzk", Set.of("BZK_COORDINATOR"), "sleutel", false, 0);
        assertNotNull(cache.zoek("bzk", "geheim", MINUUT - 1));
        assertNull(cache.zoek("bzk", "geheim", MINUUT), "without use it ends after a minute");

        cache.bewaar("bzk", "geheim", "bzk", Set.of("BZK_COORDINATOR"), "sleutel", false, 0);
        // a busy client: confirmed (session key unchanged) every 40 seconds, for five minutes
        for (long nu = 40_000; nu <= 5 * MINUUT; nu += 40_000) {
            BasicCache.Login login = cache.zoek("bzk", "geheim", nu);
            assertNotNull(login, "still known at " + nu + " ms");
            cache.bevestigd("bzk", "geheim", login, nu);
        }
        BasicCache.Login laatste = cache.zoek("bzk", "geheim", 5 * MINUUT);
        assertEquals(5 * MINUUT - 20_000 + MINUUT, laatste.tot(), "a minute from the last confirmation");
    }

    @Test
    void eenNietBevestigdeTreffer_verlengtNiets() {
        BasicCache cache = new BasicCache();
        cache.bewaar("bzk", "geheim", "bzk", Set.of("BZK_COORDINATOR"), "sleutel", false, 0);
        // a hit whose session key no longer matched is forgotten by the caller, never confirmed
        assertNotNull(cache.zoek("bzk", "geheim", 30_000));
        assertNull(cache.zoek("bzk", "geheim", MINUUT));
    }

    @Test
    void eenAnderWachtwoordTreftNooit() {
        BasicCache cache = new BasicCache();
        cache.bewaar("bzk", "geheim", "bzk", Set.of("BZK_COORDINATOR"), "sleutel", false, 0);
        assertNull(cache.zoek("bzk", "geheim2", 1));
        assertNull(cache.zoek("bzk2", "geheim", 1));
        cache.vergeet("bzk", "geheim");
        assertNull(cache.zoek("bzk", "geheim", 1));
    }
}
