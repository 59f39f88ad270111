package nl.bzk.spreiding.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Set;
import nl.bzk.spreiding.cases.entity.CasusSoort;
import nl.bzk.spreiding.cases.entity.CasusStatus;
import nl.bzk.spreiding.cases.entity.Drempel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrempelEnStatusTest {

    private static Provincie provincie(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Provincie p = new Provincie();
            Field f = Provincie.class.getDeclaredField("code");
            f.setAccessible(true);
            f.set(p, code);
            return p;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} {1} fte {2} {3} -> {4} {5}: {6}")
    @CsvSource({
        "GROEI, 99.99, , , PV21, Leeuwarden, false",
        "GROEI, 100.00, , , PV21, Leeuwarden, true",
        "KRIMP, 100, , , PV24, Lelystad, true",
        "VERPLAATSING, 250, PV28, Den Haag, PV22, Assen, true",
        "VERPLAATSING, 250, PV28, Den Haag, PV28, den haag, false",
        "VERPLAATSING, 250, PV28, Den Haag, PV28, Delft, true",
        "VERPLAATSING, 99.99, PV28, Den Haag, PV22, Assen, false",
        "MASTERPLAN, 400, PV31, Heerlen, PV31, Heerlen, true"
    })
    void honderdFte(
            CasusSoort soort,
            BigDecimal fte,
            String van,
            String vanGemeente,
            String naar,
            String naarGemeente,
            boolean verwacht) {
        assertEquals(
                verwacht,
                Drempel.vanToepassing(soort, fte, provincie(van), vanGemeente, provincie(naar), naarGemeente));
    }

    @Test
    void workflow() {
        assertEquals(Set.of(CasusStatus.IN_BEHANDELING), CasusStatus.MELDING.volgende());
        assertTrue(CasusStatus.ADVIES_UITGEBRACHT.magNaar(CasusStatus.VOORGELEGD_AAN_MR));
        assertTrue(CasusStatus.ADVIES_UITGEBRACHT.magNaar(CasusStatus.BESLOTEN));
        assertTrue(CasusStatus.VOORGELEGD_AAN_MR.magNaar(CasusStatus.BESLOTEN));
        assertFalse(CasusStatus.MELDING.magNaar(CasusStatus.BESLOTEN));
        assertFalse(CasusStatus.IN_BEHANDELING.magNaar(CasusStatus.VOORGELEGD_AAN_MR));
        assertTrue(CasusStatus.BESLOTEN.volgende().isEmpty());
    }
}
