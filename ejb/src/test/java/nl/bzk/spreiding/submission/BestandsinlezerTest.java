package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.bzk.spreiding.submission.bestand.Bestandsformaat;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
import nl.bzk.spreiding.submission.bestand.Ingelezen;
import nl.bzk.spreiding.submission.bestand.Sjabloon;
import nl.bzk.spreiding.submission.service.RegelInvoer;
import org.junit.jupiter.api.Test;

class BestandsinlezerTest {

    private static final List<String> PROGNOSE = List.of("prognose_2026", "prognose_2027", "prognose_2028", "prognose_2029", "prognose_2030");

    private static Ingelezen csv(String tekst) {
        return Bestandsinlezer.lees(tekst.getBytes(StandardCharsets.UTF_8), Bestandsformaat.CSV, PROGNOSE);
    }

    @Test
    void kolommenInWillekeurigeVolgordeEnHoofdletters() {
        Ingelezen ingelezen = csv("FTE,Onderdeel,provincie,prognose_2030,prognose_2029,prognose_2028,prognose_2027,prognose_2026\n"
                + "12.5,CJIB,PV21,5,4,3,2,1\n\n");
        assertTrue(ingelezen.fouten().isEmpty(), ingelezen.fouten().toString());
        RegelInvoer regel = ingelezen.regels().get(0);
        assertEquals(1, regel.rij());
        assertEquals("CJIB", regel.onderdeel());
        assertEquals("12.5", regel.fte());
        assertEquals(List.of("1", "2", "3", "4", "5"), regel.prognose());
    }

    @Test
    void onbekendeKolomEnTeVeelCellen() {
        Ingelezen ingelezen = csv("onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030;prognose_2031\nCJIB;PV21;1;1;1;1;1;1;1\n");
        assertEquals("prognose_2031", ingelezen.fouten().get(0).kolom());
        assertTrue(ingelezen.regels().isEmpty());
        Ingelezen verschoven = csv("onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030\nCJIB;PV21;1;1;1;1;1;1;extra\n");
        assertEquals("heeft meer cellen dan de kopregel kolommen heeft", verschoven.fouten().get(0).melding());
        assertEquals(1, verschoven.fouten().get(0).rij());
    }

    @Test
    void onafgeslotenAanhalingstekenIsOnleesbaar() {
        Ingelezen ingelezen = csv("onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030\n\"CJIB;PV21;1;1;1;1;1;1\n");
        assertTrue(ingelezen.fouten().get(0).melding().startsWith("Het CSV-bestand is onleesbaar"), ingelezen.fouten().toString());
    }

    @Test
    void sjabloonIsWeerInTeLezen() {
        byte[] xlsx = Sjabloon.xlsx(PROGNOSE, List.of(new Sjabloon.Rij("CJIB", "Centraal Justitieel Incassobureau", "PV21", "Fryslân", "Leeuwarden",
                new java.math.BigDecimal("230.00"), new java.math.BigDecimal("553.25"),
                List.of(java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, java.math.BigDecimal.TEN),
                "groei")), List.of(new Sjabloon.Code("CJIB", "CJIB", "onderdeel")));
        Ingelezen ingelezen = Bestandsinlezer.lees(xlsx, Bestandsformaat.XLSX, PROGNOSE);
        assertTrue(ingelezen.fouten().isEmpty(), ingelezen.fouten().toString());
        RegelInvoer regel = ingelezen.regels().get(0);
        assertEquals("Leeuwarden", regel.gemeente());
        assertEquals("553.25", regel.fte());
        assertEquals("10", regel.prognose().get(4));
        assertEquals("groei", regel.toelichting());
    }
}
