package nl.bzk.spreiding.figures.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CijfercacheTest {

    private static Dashboard.Beeld beeld(int jaar) {
        return new Dashboard.Beeld(
                jaar,
                null,
                Cijfers.Filter.GEEN,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                BigDecimal.TEN,
                BigDecimal.ZERO,
                jaar + 4,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new nl.bzk.spreiding.figures.service.Jaarstatus(2025, true, false, false, 1, 1, List.of()));
    }

    private static final Cijfercache.Sleutel BZK = new Cijfercache.Sleutel(2025, Cijfers.Filter.GEEN, "*");
    private static final Cijfercache.Sleutel FINANCIEN = new Cijfercache.Sleutel(2025, Cijfers.Filter.GEEN, "FIN");

    @Test
    void eenmaalBerekendTotDeCijfersVeranderen() {
        Cijfercache cache = new Cijfercache();
        AtomicInteger berekend = new AtomicInteger();
        Dashboard.Beeld eerste = cache.haal(BZK, () -> {
            berekend.incrementAndGet();
            return beeld(2025);
        });
        assertSame(eerste, cache.haal(BZK, () -> beeld(2025)));
        assertEquals(1, berekend.get());
        cache.vergeetAlles(); // an acceptance committed (Cijferwijzigingen)
        assertNotSame(eerste, cache.haal(BZK, () -> beeld(2025)), "computed again after an acceptance");
        Dashboard.Beeld tweede = cache.haal(BZK, () -> beeld(2025));
        cache.vergeetAlles(); // a unit changed
        assertNotSame(tweede, cache.haal(BZK, () -> beeld(2025)), "computed again after a unit changed");
    }

    @Test
    void wieMinderMagZienKrijgtEenEigenBeeld() {
        Cijfercache cache = new Cijfercache();
        Dashboard.Beeld landelijk = cache.haal(BZK, () -> beeld(2025));
        assertNotSame(landelijk, cache.haal(FINANCIEN, () -> beeld(2025)));
    }

    @Test
    void watTijdensEenWijzigingIsBerekendWordtNietBewaard() {
        Cijfercache cache = new Cijfercache();
        Dashboard.Beeld oud = cache.haal(BZK, () -> {
            // an acceptance commits while this picture is computed from the old figures
            cache.vergeetAlles();
            return beeld(2025);
        });
        assertEquals(0, cache.omvang());
        assertNotSame(oud, cache.haal(BZK, () -> beeld(2025)));
    }

    @Test
    void blijftBegrensd() {
        Cijfercache cache = new Cijfercache();
        for (int i = 0; i < Cijfercache.MAXIMUM + 10; i++) {
            int jaar = 2000 + i;
            cache.haal(new Cijfercache.Sleutel(jaar, Cijfers.Filter.GEEN, "*"), () -> beeld(jaar));
        }
        assertEquals(10, cache.omvang(), "started afresh at the maximum");
    }

    @Test
    void weergaveEenmaalGemaaktEnMetDeCijfersVergeten() {
        Cijfercache cache = new Cijfercache();
        AtomicInteger gemaakt = new AtomicInteger();
        Supplier<String> maak = () -> "<table>" + gemaakt.incrementAndGet() + "</table>";
        assertEquals("<table>1</table>", cache.haalWeergave(BZK, "dashboard/provincie", maak));
        assertEquals("<table>1</table>", cache.haalWeergave(BZK, "dashboard/provincie", maak), "kept");
        assertEquals("<table>2</table>", cache.haalWeergave(BZK, "dashboard/sector", maak), "another kind");
        assertEquals("<table>3</table>", cache.haalWeergave(FINANCIEN, "dashboard/provincie", maak), "other rights");
        cache.vergeetAlles();
        assertEquals(0, cache.weergaven());
        assertEquals("<table>4</table>", cache.haalWeergave(BZK, "dashboard/provincie", maak), "made again");
    }

    @Test
    void weergaveTijdensEenWijzigingGemaaktWordtNietBewaard() {
        Cijfercache cache = new Cijfercache();
        cache.haalWeergave(BZK, "dashboard/provincie", () -> {
            cache.vergeetAlles();
            return "oud";
        });
        assertEquals("nieuw", cache.haalWeergave(BZK, "dashboard/provincie", () -> "nieuw"));
    }

    @Test
    void weergaveDieMisging_wordtNietBewaard() {
        Cijfercache cache = new Cijfercache();
        assertNull(cache.haalWeergave(BZK, "dashboard/provincie", () -> null));
        assertEquals(0, cache.weergaven());
        assertEquals("goed", cache.haalWeergave(BZK, "dashboard/provincie", () -> "goed"));
    }

    @Test
    void weergavenBlijvenBegrensdInTekens() {
        Cijfercache cache = new Cijfercache();
        String groot = "x".repeat(100_000);
        int past = (int) (Cijfercache.MAXIMUM_WEERGAVETEKENS / groot.length());
        for (int i = 0; i < past + 5; i++) {
            cache.haalWeergave(new Cijfercache.Sleutel(2000 + i, Cijfers.Filter.GEEN, "*"), "d", () -> groot);
        }
        assertEquals(5, cache.weergaven(), "started afresh once the characters passed the bound");
    }

    @Test
    void jarenTotDeCijfersVeranderen() {
        Cijfercache cache = new Cijfercache();
        AtomicInteger gelezen = new AtomicInteger();
        Supplier<List<Integer>> lees = () -> {
            gelezen.incrementAndGet();
            return List.of(2024, 2025);
        };
        assertEquals(List.of(2024, 2025), cache.haalJaren(lees));
        cache.haalJaren(lees);
        assertEquals(1, gelezen.get());
        cache.vergeetAlles(); // a round's first acceptance adds a year
        cache.haalJaren(lees);
        assertEquals(2, gelezen.get());
    }
}
