package nl.bzk.spreiding.submission.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import org.junit.jupiter.api.Test;

/** The form of a new round and of a returned submission's remark. */
class SubmissieinvoerTest {

    private static String weigering(Object invoer) {
        return assertThrows(Fout.class, () -> Invoercontrole.controleer(invoer)).getMessage();
    }

    @Test
    void eenRondeBuitenDeJarenEnZonderDatums() {
        assertEquals(
                "Veld deadline: verplicht; Veld jaar: geen geldig jaar voor een inventarisatieronde (2000 tot en met"
                        + " 2100); Veld opening: verplicht",
                weigering(new Rondes.Rondeinvoer(1999, null, null)));
        LocalDate d = LocalDate.of(2100, 1, 1);
        assertEquals(
                "Veld jaar: geen geldig jaar voor een inventarisatieronde (2000 tot en met 2100)",
                weigering(new Rondes.Rondeinvoer(2101, d, d)));
        // the bounds themselves are years of a round
        Rondes.Rondeinvoer eerste = new Rondes.Rondeinvoer(2000, d, d);
        Rondes.Rondeinvoer laatste = new Rondes.Rondeinvoer(2100, d, d);
        assertEquals(eerste, Invoercontrole.controleer(eerste));
        assertEquals(laatste, Invoercontrole.controleer(laatste));
    }

    @Test
    void terugsturenVraagtWatErMoetVeranderen() {
        assertEquals(
                "Veld opmerking: geef aan wat het ministerie moet aanpassen",
                weigering(new Aanleveringen.Terugsturing("  ")));
        assertEquals(
                "Veld opmerking: is te lang (4001 tekens, maximaal 4000)",
                weigering(new Aanleveringen.Terugsturing("x".repeat(4001))));
    }
}
