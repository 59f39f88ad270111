package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.submission.service.Vergelijking;
import nl.bzk.spreiding.submission.service.Vergelijking.Stand;
import nl.bzk.spreiding.submission.service.Vergelijking.Verschil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VergelijkingTest {

    private static Verschil een(String vorig, String nu) {
        List<Verschil> v = Vergelijking.vergelijk(
                List.of(new Stand("CJIB", "PV21", new BigDecimal(nu), false)),
                vorig == null ? Map.of() : Map.of("CJIB|PV21", new BigDecimal(vorig)));
        assertEquals(1, v.size());
        return v.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}: toelichting nodig = {2}")
    @CsvSource({
        "230, 553, true", // +323 fte
        "1000, 1099.99, false", // +99,99 fte and 10,0 %
        "1000, 1100, true", // +100 fte exactly
        "1000, 900, true", // -100 fte: shrink counts as well
        "50, 55, false", // exactly 10 %: not more than 10 %
        "50, 55.01, true", // just over 10 %
        "50, 44.99, true", // just over 10 % down
        "0, 99.99, false", // new, under 100 fte: no percentage of zero
        "0, 100, true"
    }) // new, 100 fte
    void drempels(String vorig, String nu, boolean nodig) {
        assertEquals(nodig, een(vorig, nu).toelichtingNodig());
    }

    @Test
    void procentEnVerschilZoalsDeBriefHetZegt() {
        Verschil cjib = een("230", "553");
        assertEquals(new BigDecimal("323.00"), cjib.verschil());
        assertEquals(new BigDecimal("140.4"), cjib.procent());
        assertNull(een(null, "5").procent(), "geen percentage ten opzichte van nul");
    }

    @Test
    void regelsVanEenOnderdeelInEenProvincieWordenOpgeteldEnEenToelichtingVolstaat() {
        List<Verschil> v = Vergelijking.vergelijk(
                List.of(
                        new Stand("RWS", "PV26", new BigDecimal("400"), false),
                        new Stand("RWS", "PV26", new BigDecimal("323"), true)),
                Map.of("RWS|PV26", new BigDecimal("0")));
        assertEquals(1, v.size());
        assertEquals(new BigDecimal("723.00"), v.get(0).ditJaar());
        assertTrue(v.get(0).toelichtingNodig());
        assertFalse(v.get(0).ontbreektToelichting());
    }

    @Test
    void nietMeerAangeleverdTeltAlsDaling() {
        List<Verschil> v = Vergelijking.vergelijk(List.of(), Map.of("TSL|PV24", new BigDecimal("65")));
        assertEquals(new BigDecimal("-65.00"), v.get(0).verschil());
        assertEquals(new BigDecimal("-100.0"), v.get(0).procent());
        assertTrue(v.get(0).ontbreektToelichting());
    }
}
