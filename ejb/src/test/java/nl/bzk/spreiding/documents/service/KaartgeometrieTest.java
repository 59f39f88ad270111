package nl.bzk.spreiding.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KaartgeometrieTest {

    @TempDir
    Path map;

    @Test
    void vindtDeProvinciesInDeReferentiemapOokOnderEenAndereNaam() throws Exception {
        Files.writeString(map.resolve("a-gemeenten.json"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Files.writeString(map.resolve("readme.txt"), "geen geometrie");
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < 12; i++) {
            int x = 100_000 + i * 10_000;
            json.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"statcode\":\"PV")
                    .append(20 + i)
                    .append("\",\"statnaam\":\"P")
                    .append(i)
                    .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
                    .append(x)
                    .append(",400000],[")
                    .append(x + 9000)
                    .append(",400000],[")
                    .append(x + 9000)
                    .append(",409000],[")
                    .append(x)
                    .append(",400000]]]}}");
        }
        Files.writeString(map.resolve("provinciegrenzen-2023.geojson"), json.append("]}"));
        assertEquals(map.resolve("provinciegrenzen-2023.geojson"), Kaartgeometrie.zoekInMap(map));
    }

    @Test
    void zonderMapGeenGeometrie() {
        assertNull(Kaartgeometrie.zoekInMap(map.resolve("bestaat-niet")));
        assertNull(Kaartgeometrie.zoekInMap(null));
    }

    @Test
    void eenVerseKloonTekentDeEchteProvinciesMetBronvermelding() {
        var geometrie = Kaartgeometrie.ingebouwd();
        assertEquals(false, geometrie.isSchematisch());
        assertEquals(
                List.of("PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31"),
                geometrie.gebieden().keySet().stream().sorted().toList());
        assertEquals("Fryslân", geometrie.gebieden().get("PV21").naam());
        // The file shipped is the reference file unchanged (its SHA-256 as stated in BRON.md and
        // shared/data/README.md).
        assertEquals(
                "provincies.geojson (sha256 052699e75ba8d23fbc1049b988e65b6d01746bc25bd804f3218ceaaff4614115)",
                geometrie.bron());
        assertEquals("Bron: CBS, via PDOK; vereenvoudigd door cartomap/nl (CC BY 4.0)", geometrie.bronvermelding());
    }

    @Test
    void deBronvermeldingStaatOnderDeKaartInHetDocument() throws Exception {
        StringBuilder gebieden = new StringBuilder();
        for (int i = 20; i <= 31; i++) {
            gebieden.append("<gebied code=\"PV")
                    .append(i)
                    .append("\" waarde=\"")
                    .append(i - 25)
                    .append("\"/>");
        }
        String sjabloon =
                "<document titel=\"Kaarttest\"><kaart titel=\"Groei\" eenheid=\"procent\" hoogte=\"250\" alt=\"Groei per provincie\">"
                        + gebieden + "</kaart></document>";
        Map<String, Object> gegevens = new HashMap<>();
        byte[] pdf = Documentopmaak.maak(
                        sjabloon,
                        gegevens,
                        Kaartgeometrie.ingebouwd(),
                        OffsetDateTime.parse("2026-11-24T10:00:00+01:00"))
                .pdf();
        try (var doc = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(doc);
            Assertions.assertTrue(
                    tekst.contains("Kaart: Bron: CBS, via PDOK; vereenvoudigd door cartomap/nl (CC BY 4.0)"), tekst);
            Assertions.assertFalse(tekst.contains("Schematische weergave"), tekst);
        }
    }
}
