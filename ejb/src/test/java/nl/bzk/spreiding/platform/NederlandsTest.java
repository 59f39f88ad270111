package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NederlandsTest {

    @Test
    void eenOpsommingZoalsMenHaarSchrijft() {
        assertEquals("", Nederlands.opsomming(List.of()));
        assertEquals("2018", Nederlands.opsomming(List.of("2018")));
        assertEquals("2017 en 2018", Nederlands.opsomming(List.of("2017", "2018")));
        assertEquals("2015, 2016 en 2017", Nederlands.opsomming(List.of("2015", "2016", "2017")));
    }

    /** What a document printed as its date reads back as that date; nothing else becomes a date. */
    @Test
    void eenGedrukteDatumLeestTerugAlsDieDatum() {
        LocalDate d = LocalDate.of(2026, 12, 7);
        assertEquals("7 december 2026", Nederlands.datum(d));
        assertEquals(d, Nederlands.leesDatum(Nederlands.datum(d)));
        assertEquals(LocalDate.of(2025, 5, 20), Nederlands.leesDatum(" 20 mei 2025 "));
        assertNull(Nederlands.leesDatum(""));
        assertNull(Nederlands.leesDatum(null));
        assertNull(Nederlands.leesDatum("2025-05-20"));
        assertNull(Nederlands.leesDatum("31 februari 2025"));
    }
}
