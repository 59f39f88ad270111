package nl.bzk.spreiding.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Cijfertabellen;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.referentie.entity.Benaming;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The dashboard's tables as CSV and XLSX: headings in words, names, exact figures, nothing left out. */
class CijfertabellenTest {

    private static Dashboard.Beeld beeld() {
        List<Regel> regels = Cijferoverzicht.regels(
                Map.of("PV20", new BigDecimal("1000.5"), "PV21", new BigDecimal("423")),
                Map.of("PV20", new BigDecimal("1100"), "PV21", new BigDecimal("100")));
        Dashboard.Bijdrage ncg = new Dashboard.Bijdrage(
                "NCG", new Benaming("Nationaal Coördinator Groningen", "NCG", "de"), new BigDecimal("-120"));
        Dashboard.Bijdrage cjib = new Dashboard.Bijdrage(
                "CJIB", new Benaming("Centraal Justitieel Incassobureau", "CJIB", "het"), new BigDecimal("47"));
        List<Dashboard.ProvincieBeeld> provincies = List.of(
                new Dashboard.ProvincieBeeld(
                        regels.get(0),
                        "Groningen",
                        false,
                        new BigDecimal("880.5"),
                        new BigDecimal("-12.0"),
                        false,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(ncg)),
                new Dashboard.ProvincieBeeld(
                        regels.get(1),
                        "Fryslân",
                        false,
                        new BigDecimal("470"),
                        new BigDecimal("11.1111"),
                        true,
                        List.of(),
                        List.of(),
                        List.of(cjib),
                        List.of()));
        return new Dashboard.Beeld(
                2071,
                2070,
                null,
                new BigDecimal("1423.5"),
                new BigDecimal("1200"),
                new BigDecimal("223.5"),
                new BigDecimal("18.6"),
                null,
                new BigDecimal("1350.5"),
                new BigDecimal("-5.1"),
                2076,
                provincies,
                Cijferoverzicht.regels(
                        Map.of("POLITIE", new BigDecimal("80")), Map.of("POLITIE", new BigDecimal("70"))),
                List.of(),
                List.of(),
                new nl.bzk.spreiding.figures.service.Jaarstatus(2025, true, false, false, 1, 1, List.of()));
    }

    private static String csv(Cijfertabellen.Soort soort) {
        return new String(
                Cijfertabellen.csv(
                        Cijfertabellen.tabel(soort, beeld(), Map.of("POLITIE", "Nationale Politie"), Map.of())),
                StandardCharsets.UTF_8);
    }

    @Test
    void provinciesAlsCsvMetKoppenInWoorden() {
        String csv = csv(Cijfertabellen.Soort.PROVINCIES);
        assertEquals(
                "\uFEFFProvinciecode;Provincie;Fte 1 januari 2071;Fte 1 januari 2070;Groei (fte);Groei (%);"
                        + "Prognose 1 januari 2076 (fte);Prognose (%)\n"
                        + "PV20;Groningen;1000,50;1100,00;-99,50;-9;880,50;-12\n"
                        + "PV21;Fryslân;423,00;100,00;323,00;323;470,00;11,1\n",
                csv);
    }

    @Test
    void sectorenMetNaamEnPrognoseToegelicht() {
        assertTrue(csv(Cijfertabellen.Soort.SECTOREN).contains("\nNationale Politie;80,00;70,00;10,00;14,3\n"));
        String prognose = csv(Cijfertabellen.Soort.PROGNOSE);
        assertTrue(
                prognose.contains("Groningen;-120,00;-12;;Nationaal Coördinator Groningen (NCG), 120 fte\n"), prognose);
        assertTrue(
                prognose.contains("Fryslân;47,00;11,1;Centraal Justitieel Incassobureau (CJIB), 47 fte;\n"), prognose);
    }

    @Test
    void allesInEenWerkmapMetGetallenAlsGetallen() throws Exception {
        byte[] xlsx = Cijfertabellen.xlsx(Cijfertabellen.alle(beeld(), Map.of(), Map.of()));
        try (ReadableWorkbook w = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> bladen = w.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Per provincie", "Per sector", "Per ministerie", "Prognose toegelicht"), bladen);
            List<Row> rijen = w.getFirstSheet().read();
            assertEquals("Fte 1 januari 2071", rijen.get(0).getCellText(2));
            assertEquals("Groningen", rijen.get(1).getCellText(1));
            assertEquals(
                    0,
                    new BigDecimal("1000.50")
                            .compareTo(rijen.get(1).getCellAsNumber(2).orElseThrow()));
            assertEquals(
                    0,
                    new BigDecimal("-9")
                            .compareTo(rijen.get(1).getCellAsNumber(5).orElseThrow()));
            assertEquals(3, rijen.size(), "a heading and two provinces");
        }
    }
}
