package nl.bzk.spreiding.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.documents.opmaak.Kaartvlakken;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.service.Kaartgeometrie;
import org.junit.jupiter.api.Test;

/** The dashboard map with the real CBS outlines: every province labelled where its name or value fits inside. */
class KaartvlakkenTest {

    @Test
    void provinciesKrijgenHunNaamEnWaardeWaarHetPast() {
        Provinciegeometrie geo = Kaartgeometrie.ingebouwd();
        Map<String, BigDecimal> waarden = new LinkedHashMap<>();
        Map<String, String> teksten = new LinkedHashMap<>();
        int i = 1;
        for (String code : geo.gebieden().keySet()) {
            waarden.put(code, BigDecimal.valueOf(i));
            teksten.put(code, i + ",5");
            i++;
        }
        Kaartvlakken.Kaart kaart = Kaartvlakken.bereken(geo, waarden, teksten, "procent", 420);
        List<Kaartvlakken.Vlak> vlakken = kaart.vlakken();
        assertEquals(12, vlakken.size());
        Map<String, Kaartvlakken.Vlak> perNaam = new LinkedHashMap<>();
        vlakken.forEach(v -> perNaam.put(v.naam(), v));
        for (String groot : List.of("Fryslân", "Gelderland", "Noord-Brabant", "Drenthe")) {
            assertEquals(groot, perNaam.get(groot).label(), groot + " has room for its name");
        }
        long metWaarde = vlakken.stream().filter(v -> v.waarde() != null).count();
        assertTrue(metWaarde >= 11, metWaarde + " of 12 provinces show their value");
        for (Kaartvlakken.Vlak v : vlakken) {
            if (v.waarde() != null) {
                assertTrue(v.labelX() > 0 && v.labelX() < kaart.breedte(), v.toString());
                assertTrue(v.labelY() > 0 && v.labelY() < kaart.hoogte(), v.toString());
            }
        }
    }
}
