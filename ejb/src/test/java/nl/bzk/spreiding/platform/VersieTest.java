package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersieTest {

    @Test
    void gelijkeVersieMag() {
        assertDoesNotThrow(() -> Versie.controleer("Maatregel 1a", 3, 3));
    }

    @Test
    void verouderdeVersieIsEenConflictMetUitleg() {
        Fout fout = assertThrows(Fout.class, () -> Versie.controleer("Maatregel 1a", 2, 3));
        assertEquals(Fout.Soort.CONFLICT, fout.getSoort());
        assertTrue(fout.getMessage()
                .startsWith("Maatregel 1a is intussen door iemand anders gewijzigd (versie 2 gelezen, nu versie 3)"));
    }
}
