package nl.bzk.spreiding.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AfrondingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"3.85|3,9", "3.849999|3,8", "3.75|3,8", "-1.05|– 1,1", "3.0|3", "9.8|9,8", "0.04|0", "-3.7|– 3,7"})
    void procentEenDecimaalHalfNaarBoven(String waarde, String tekst) {
        assertEquals(tekst, Afronding.procent(new BigDecimal(waarde)));
    }

    @Test
    void zoalsDeBrief() {
        // 367.131 fte on 1 January 2025, growth of 13.334 fte: 3,8 procent.
        BigDecimal groei = Afronding.procent(new BigDecimal("13334"), new BigDecimal("353797"));
        assertEquals("3,8", Afronding.procent(groei));
        assertEquals("367.131", Afronding.fte(new BigDecimal("367130.50")));
        assertEquals("367.130", Afronding.fte(new BigDecimal("367130.49")));
        assertEquals("– 1.040", Afronding.fte(new BigDecimal("-1040.2")));
        assertEquals("0", Afronding.fte(new BigDecimal("-0.4")));
        assertNull(Afronding.procent(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void randstadAandeelEnBijdragen() {
        List<Cijferoverzicht.Regel> regels = Cijferoverzicht.regels(
                Map.of("PV26", new BigDecimal("460"), "PV28", new BigDecimal("1800"), "PV21", new BigDecimal("423")),
                Map.of("PV26", new BigDecimal("500"), "PV28", new BigDecimal("1700"), "PV21", new BigDecimal("100")));
        BigDecimal aandeel = Cijferoverzicht.aandeelGroei(regels, Set.of("PV26", "PV28"), new BigDecimal("383"));
        assertEquals("15,7", Afronding.procent(aandeel)); // (100 - 40) / 383
        assertEquals(
                List.of("PV21", "PV28"),
                Cijferoverzicht.grootsteBijdragen(regels, 5).stream()
                        .map(Cijferoverzicht.Regel::sleutel)
                        .toList());
        assertEquals(
                List.of("PV26"),
                Cijferoverzicht.grootsteAfnames(regels, 5).stream()
                        .map(Cijferoverzicht.Regel::sleutel)
                        .toList());
        assertNull(
                Cijferoverzicht.regels(Map.of("PV21", BigDecimal.ONE), Map.of())
                        .get(0)
                        .groei(),
                "geen vorig jaar: groei onbekend");
    }

    @Test
    void ongeveerZoalsDeBriefHetZegt() {
        assertEquals("bijna 80 procent", Afronding.ongeveer(new BigDecimal("79.6"), "procent"));
        assertEquals("ruim 17.500 fte", Afronding.ongeveer(new BigDecimal("17532"), "fte"));
        assertEquals("80 procent", Afronding.ongeveer(new BigDecimal("80.04"), "procent"));
        assertEquals("ruim 80 procent", Afronding.ongeveer(new BigDecimal("81.2"), "procent"));
        assertEquals("bijna 4 procent", Afronding.ongeveer(new BigDecimal("3.8"), "procent"));
        assertEquals("ruim 320 fte", Afronding.ongeveer(new BigDecimal("323"), "fte"));
        assertEquals("bijna 1.250 fte", Afronding.ongeveer(new BigDecimal("1234"), "fte"));
        assertEquals("ruim 365.000 fte", Afronding.ongeveer(new BigDecimal("367131"), "fte"));
        assertEquals("52 fte", Afronding.ongeveer(new BigDecimal("52"), "fte"));
    }
}
