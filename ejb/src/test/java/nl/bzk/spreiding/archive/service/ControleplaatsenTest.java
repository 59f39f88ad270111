package nl.bzk.spreiding.archive.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.bzk.spreiding.platform.Fout;
import org.junit.jupiter.api.Test;

/** The bound on concurrent PDF checks: beyond its places a check is refused at once with a time to wait. */
class ControleplaatsenTest {

    @Test
    void naDeLaatsteVrijePlaatsVolgtEenWeigeringMetWachttijdEnDaarnaWeerRuimte() {
        Controleplaatsen plaatsen = new Controleplaatsen();
        plaatsen.aantal = 2;
        plaatsen.maak();
        String uitkomst = plaatsen.metPlaats(() -> plaatsen.metPlaats(() -> {
            Fout bezet = assertThrows(Fout.class, () -> plaatsen.metPlaats(() -> "derde"));
            assertEquals(Fout.Soort.BEZET, bezet.getSoort());
            assertEquals(Controleplaatsen.WACHTTIJD, bezet.getWachtSeconden());
            assertTrue(
                    bezet.getMessage().startsWith("Er worden nu al 2 PDF-bestanden gecontroleerd"), bezet.getMessage());
            return "tweede";
        }));
        assertEquals("tweede", uitkomst);
        // A check that failed gives its place back as well.
        assertThrows(
                IllegalStateException.class,
                () -> plaatsen.metPlaats(() -> {
                    throw new IllegalStateException("DSS faalde");
                }));
        assertEquals("weer", plaatsen.metPlaats(() -> plaatsen.metPlaats(() -> "weer")));
    }
}
