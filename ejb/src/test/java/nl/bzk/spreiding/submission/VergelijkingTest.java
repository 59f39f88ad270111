package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.submission.service.Overzicht;
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

    private static Verschil verschil(int i, int verschil, boolean nodig, boolean gegeven) {
        return new Verschil(
                "O" + i,
                "PV21",
                BigDecimal.TEN,
                BigDecimal.TEN.add(BigDecimal.valueOf(verschil)),
                BigDecimal.valueOf(verschil),
                null,
                nodig,
                gegeven);
    }

    @Test
    void eenGroteVergelijkingToontEerstWatAandachtVraagt() {
        List<Verschil> klein = java.util.stream.IntStream.range(0, Overzicht.MAXIMAAL_OP_PAGINA)
                .mapToObj(i -> verschil(i, i % 7, false, false))
                .toList();
        assertEquals(klein, overzicht(klein).opvallendsteVerschillen(), "up to the maximum: all, in their order");
        assertFalse(overzicht(klein).ingekort());
        assertEquals(Overzicht.MAXIMAAL_OP_PAGINA, overzicht(klein).aantalGetoond());

        List<Verschil> groot = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            groot.add(verschil(i, i % 50, false, false));
        }
        groot.add(verschil(1000, 150, true, true)); // needed and given
        groot.add(verschil(1001, -120, true, false)); // still needed
        List<Verschil> getoond = overzicht(groot).opvallendsteVerschillen();
        assertEquals(Overzicht.MAXIMAAL_OP_PAGINA, getoond.size());
        assertTrue(overzicht(groot).ingekort());
        assertEquals(getoond.size(), overzicht(groot).aantalGetoond());
        assertEquals("O1001", getoond.get(0).onderdeel(), "what still needs a toelichting first");
        assertEquals("O1000", getoond.get(1).onderdeel());
        assertEquals(BigDecimal.valueOf(49), getoond.get(2).verschil(), "then the largest changes");
        assertTrue(getoond.stream().noneMatch(v -> v.verschil().signum() == 0));
    }

    private static Overzicht overzicht(List<Verschil> verschillen) {
        return new Overzicht(null, List.of(), verschillen, List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
