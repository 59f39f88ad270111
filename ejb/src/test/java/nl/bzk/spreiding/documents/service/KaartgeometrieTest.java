package nl.bzk.spreiding.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
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
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"statcode\":\"PV").append(20 + i)
                    .append("\",\"statnaam\":\"P").append(i).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[")
                    .append(x).append(",400000],[").append(x + 9000).append(",400000],[").append(x + 9000).append(",409000],[")
                    .append(x).append(",400000]]]}}");
        }
        Files.writeString(map.resolve("provinciegrenzen-2023.geojson"), json.append("]}"));
        assertEquals(map.resolve("provinciegrenzen-2023.geojson"), Kaartgeometrie.zoekInMap(map));
    }

    @Test
    void zonderMapGeenGeometrie() {
        assertNull(Kaartgeometrie.zoekInMap(map.resolve("bestaat-niet")));
        assertNull(Kaartgeometrie.zoekInMap(null));
    }
}
