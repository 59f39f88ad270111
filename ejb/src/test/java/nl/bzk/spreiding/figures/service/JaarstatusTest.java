package nl.bzk.spreiding.figures.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 31: a letter about a provisional year only by an exception a BZK coordinator records with a reason, once per
 * round, and then made by another coordinator; a definitief year is open to every coordinator.
 */
class JaarstatusTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2062-04-01T10:00:00+02:00");

    private static Jaarstatus voorlopig(String uitzonderingDoor) {
        return new Jaarstatus(
                2062, false, false, true, 3, 2, List.of("Ministerie van Defensie"), uitzonderingDoor, "Kamervragen");
    }

    @Test
    void eenDefinitiefJaarIsOpenVoorElkeCoordinator() {
        assertNull(new Jaarstatus(2061, true, false, false, 3, 3, List.of()).waaromGeenBrief("bzk", List.of(2061)));
    }

    @Test
    void eenVoorlopigJaarZonderUitzonderingNoemtWatOntbreektEnWatKan() {
        Fout f = voorlopig(null).waaromGeenBrief("bzk", List.of(2060, 2061));
        assertEquals(Fout.Soort.CONFLICT, f.getSoort());
        assertTrue(
                f.getMessage().contains("Nog niet goedgekeurd: Ministerie van Defensie")
                        && f.getMessage().contains("kies uit 2060 en 2061")
                        && f.getMessage().contains("uitzondering"),
                f.getMessage());
    }

    @Test
    void wieDeUitzonderingVastlegtMaaktDeBriefNiet() {
        Fout f = voorlopig("bzk.directeur").waaromGeenBrief("bzk.directeur", List.of());
        assertEquals(Fout.Soort.GEEN_TOEGANG, f.getSoort());
        assertTrue(f.getMessage().startsWith("Vier ogen"), f.getMessage());
        assertNull(voorlopig("bzk.directeur").waaromGeenBrief("bzk", List.of()));
    }

    @Test
    void deRondeLegtDeUitzonderingEenmaalVastMetEenReden() {
        Ronde ronde = new Ronde(2062, LocalDate.of(2062, 1, 15), LocalDate.of(2062, 3, 31), 4);
        ronde.setStatus(RondeStatus.OPEN);
        Fout zonderReden = assertThrows(Fout.class, () -> ronde.staVoorlopigeBriefToe(" ", Set.of(), "bzk", NU));
        assertEquals(Fout.Soort.ONGELDIG, zonderReden.getSoort());
        assertTrue(zonderReden.getMessage().startsWith("Veld reden"), zonderReden.getMessage());
        assertNull(ronde.getVoorlopigeBriefDoor(), "a refusal changes nothing");

        ronde.staVoorlopigeBriefToe(" Kamervragen over de stand van nu ", Set.of(), "bzk.directeur", NU);
        assertEquals("bzk.directeur", ronde.getVoorlopigeBriefDoor());
        assertEquals("Kamervragen over de stand van nu", ronde.getVoorlopigeBriefReden());
        assertEquals(NU, ronde.getVoorlopigeBriefOp());
        Fout tweede = assertThrows(Fout.class, () -> ronde.staVoorlopigeBriefToe("nog eens", Set.of(), "bzk", NU));
        assertEquals(Fout.Soort.CONFLICT, tweede.getSoort());
        assertEquals("bzk.directeur", ronde.getVoorlopigeBriefDoor());
        assertEquals(
                "bzk.directeur",
                Jaarstatus.van(ronde, Set.of()).uitzonderingDoor(),
                "the year's status carries the exception to the rule that uses it");
    }

    @Test
    void eenDefinitiefJaarHeeftGeenUitzonderingNodig() {
        Ronde ronde = new Ronde(2063, LocalDate.of(2063, 1, 15), LocalDate.of(2063, 3, 31), 4);
        ronde.setStatus(RondeStatus.OPEN);
        ronde.setStatus(RondeStatus.GESLOTEN);
        Fout f = assertThrows(Fout.class, () -> ronde.staVoorlopigeBriefToe("reden", Set.of(), "bzk", NU));
        assertEquals(Fout.Soort.CONFLICT, f.getSoort());
        assertTrue(f.getMessage().contains("definitief"), f.getMessage());
    }
}
