package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.bzk.spreiding.submission.bestand.Aanleverkolommen;
import nl.bzk.spreiding.submission.bestand.Bestandsformaat;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
import nl.bzk.spreiding.submission.bestand.Ingelezen;
import nl.bzk.spreiding.submission.bestand.Sjabloon;
import nl.bzk.spreiding.submission.service.RegelInvoer;
import org.junit.jupiter.api.Test;

class BestandsinlezerTest {

    private static final List<String> PROGNOSE =
            List.of("prognose_2026", "prognose_2027", "prognose_2028", "prognose_2029", "prognose_2030");

    private static Ingelezen<RegelInvoer> csv(String tekst) {
        return Bestandsinlezer.lees(
                tekst.getBytes(StandardCharsets.UTF_8), Bestandsformaat.CSV, new Aanleverkolommen(PROGNOSE));
    }

    @Test
    void kolommenInWillekeurigeVolgordeEnHoofdletters() {
        Ingelezen<RegelInvoer> ingelezen =
                csv("FTE,Onderdeel,provincie,prognose_2030,prognose_2029,prognose_2028,prognose_2027,prognose_2026\n"
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
        Ingelezen<RegelInvoer> ingelezen = csv(
                "onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030;prognose_2031\nCJIB;PV21;1;1;1;1;1;1;1\n");
        assertEquals("prognose_2031", ingelezen.fouten().get(0).kolom());
        assertTrue(ingelezen.regels().isEmpty());
        Ingelezen<RegelInvoer> verschoven = csv(
                "onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030\nCJIB;PV21;1;1;1;1;1;1;extra\n");
        assertEquals(
                "heeft meer cellen dan de kopregel kolommen heeft",
                verschoven.fouten().get(0).melding());
        assertEquals(1, verschoven.fouten().get(0).rij());
    }

    @Test
    void onafgeslotenAanhalingstekenIsOnleesbaar() {
        Ingelezen<RegelInvoer> ingelezen = csv(
                "onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030\n\"CJIB;PV21;1;1;1;1;1;1\n");
        assertTrue(
                ingelezen.fouten().get(0).melding().startsWith("Het CSV-bestand is onleesbaar"),
                ingelezen.fouten().toString());
    }

    @Test
    void sjabloonIsWeerInTeLezen() {
        byte[] xlsx = Sjabloon.xlsx(
                PROGNOSE,
                List.of(new Sjabloon.Rij(
                        "CJIB",
                        "Centraal Justitieel Incassobureau",
                        "PV21",
                        "Fryslân",
                        "Leeuwarden",
                        new BigDecimal("230.00"),
                        new BigDecimal("553.25"),
                        List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN),
                        "groei")),
                List.of(new Sjabloon.Code("CJIB", "CJIB", "onderdeel")));
        Ingelezen<RegelInvoer> ingelezen =
                Bestandsinlezer.lees(xlsx, Bestandsformaat.XLSX, new Aanleverkolommen(PROGNOSE));
        assertTrue(ingelezen.fouten().isEmpty(), ingelezen.fouten().toString());
        RegelInvoer regel = ingelezen.regels().get(0);
        assertEquals("Leeuwarden", regel.gemeente());
        assertEquals("553.25", regel.fte());
        assertEquals("10", regel.prognose().get(4));
        assertEquals("groei", regel.toelichting());
    }

    private static final String KOP =
            "onderdeel;provincie;fte;prognose_2026;prognose_2027;prognose_2028;prognose_2029;prognose_2030\n";

    @Test
    void legeRijenTellenMeeVoorDeGrens() {
        Ingelezen<RegelInvoer> ingelezen = csv(KOP + "\n".repeat(20_001) + "CJIB;PV21;1;1;1;1;1;1\n");
        assertEquals(
                List.of(
                        "Er zijn meer dan 20.000 rijen (lege rijen tellen mee); splits de aanlevering niet, maar verwijder lege rijen"),
                ingelezen.fouten().stream().map(f -> f.melding()).toList());
        assertTrue(csv(KOP + "\n".repeat(19_000) + "CJIB;PV21;1;1;1;1;1;1\n")
                .fouten()
                .isEmpty());
    }

    @Test
    void teVeelCellenOfTekensInEenCel() {
        Ingelezen<RegelInvoer> breed = csv(KOP + "CJIB;PV21;1;1;1;1;1;1" + ";".repeat(60) + "\n");
        assertEquals(
                "heeft meer dan 50 cellen; gebruik de kolommen van het sjabloon",
                breed.fouten().get(0).melding());
        assertEquals(1, breed.fouten().get(0).rij());
        Ingelezen<RegelInvoer> lang = csv(KOP + "CJIB;PV21;1;1;1;1;1;" + "9".repeat(10_001) + "\n");
        assertEquals("bevat meer dan 10000 tekens", lang.fouten().get(0).melding());
        assertEquals("kolom 8", lang.fouten().get(0).kolom());
    }

    @Test
    void decompressiebomWordtNaTwintigMegabyteGestopt() throws Exception {
        byte[] bom = zip(Map.of("xl/worksheets/sheet1.xml", 25 * 1024 * 1024));
        assertTrue(bom.length < 100_000, bom.length + " bytes");
        Ingelezen<RegelInvoer> ingelezen =
                Bestandsinlezer.lees(bom, Bestandsformaat.XLSX, new Aanleverkolommen(PROGNOSE));
        assertTrue(
                ingelezen
                        .fouten()
                        .get(0)
                        .melding()
                        .startsWith("Het XLSX-bestand is uitgepakt te groot (meer dan 20 MB in het onderdeel "
                                + "xl/worksheets/sheet1.xml)"),
                ingelezen.fouten().toString());
        Map<String, Integer> veel = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            veel.put("deel" + i + ".xml", 10);
        }
        assertTrue(Bestandsinlezer.lees(zip(veel), Bestandsformaat.XLSX, new Aanleverkolommen(PROGNOSE))
                .fouten()
                .get(0)
                .melding()
                .contains("meer dan 100 onderdelen"));
        Map<String, Integer> samen = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            samen.put("deel" + i + ".xml", 19 * 1024 * 1024);
        }
        assertTrue(Bestandsinlezer.lees(zip(samen), Bestandsformaat.XLSX, new Aanleverkolommen(PROGNOSE))
                .fouten()
                .get(0)
                .melding()
                .contains("meer dan 50 MB in totaal"));
    }

    /** A ZIP whose entries hold the given number of spaces each. */
    private static byte[] zip(Map<String, Integer> delen) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.setLevel(9);
            byte[] spaties = new byte[64 * 1024];
            Arrays.fill(spaties, (byte) ' ');
            for (var deel : delen.entrySet()) {
                zip.putNextEntry(new ZipEntry(deel.getKey()));
                for (int n = deel.getValue(); n > 0; n -= spaties.length) {
                    zip.write(spaties, 0, Math.min(n, spaties.length));
                }
                zip.closeEntry();
            }
        }
        return uit.toByteArray();
    }
}
