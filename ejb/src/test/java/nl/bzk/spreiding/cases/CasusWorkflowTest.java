package nl.bzk.spreiding.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.cases.entity.CasusStatus;
import nl.bzk.spreiding.platform.Fout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case decides its own workflow: services and pages only ask it. */
class CasusWorkflowTest {

    private static final LocalDate DAG = LocalDate.of(2025, 5, 1);

    private static Casus casus() {
        return new Casus(null, DAG, "contact");
    }

    @Test
    void eenStapOverslaanWordtGeweigerdMetDeNamenVanDeStatussen() {
        Casus c = casus();
        Fout fout = assertThrows(Fout.class, () -> c.naarStatus(CasusStatus.BESLOTEN, "Besluit", null, DAG));
        assertEquals("Deze casus kan niet van Gemeld naar Besloten; toegestaan: In behandeling", fout.getMessage());
        assertEquals(CasusStatus.MELDING, c.getStatus());
    }

    @Test
    void eenAdviesZonderTekstOfOordeelVerandertNiets() {
        Casus c = casus();
        c.naarStatus(CasusStatus.IN_BEHANDELING, null, null, DAG);
        assertThrows(Fout.class, () -> c.naarStatus(CasusStatus.ADVIES_UITGEBRACHT, "  ", true, DAG));
        assertThrows(Fout.class, () -> c.naarStatus(CasusStatus.ADVIES_UITGEBRACHT, "Positief", null, DAG));
        assertEquals(CasusStatus.IN_BEHANDELING, c.getStatus());
        assertNull(c.getAdvies());
    }

    @Test
    void viaDeMinisterraadNaarEenBesluit() {
        Casus c = casus();
        c.naarStatus(CasusStatus.IN_BEHANDELING, null, null, DAG);
        c.naarStatus(CasusStatus.ADVIES_UITGEBRACHT, " Negatief: liever Zwolle ", false, DAG);
        c.naarStatus(CasusStatus.VOORGELEGD_AAN_MR, null, null, DAG);
        assertThrows(Fout.class, () -> c.naarStatus(CasusStatus.BESLOTEN, null, null, DAG.plusDays(1)));
        c.naarStatus(CasusStatus.BESLOTEN, "De ministerraad kiest Zwolle", null, DAG.plusDays(2));
        assertEquals("Negatief: liever Zwolle", c.getAdvies());
        assertFalse(c.getAdviesPositief());
        assertTrue(c.isVoorgelegdAanMr());
        assertEquals(DAG.plusDays(2), c.getBeslotenOp());
        Fout fout = assertThrows(Fout.class, () -> c.naarStatus(CasusStatus.IN_BEHANDELING, null, null, DAG));
        assertTrue(fout.getMessage().endsWith("toegestaan: geen (besloten)"), fout.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CasusStatus.class)
    void wieDeOmschrijvingNogMagWijzigen(CasusStatus status) {
        assertEquals(status == CasusStatus.MELDING, status.isBewerkbaarDoor(false), "contactpersoon bij " + status);
        assertEquals(status != CasusStatus.BESLOTEN, status.isBewerkbaarDoor(true), "BZK bij " + status);
    }

    @Test
    void eenContactpersoonKrijgtTeHorenWaaromNiet() {
        Casus c = casus();
        c.naarStatus(CasusStatus.IN_BEHANDELING, null, null, DAG);
        Fout fout = assertThrows(Fout.class, () -> c.controleerBewerkbaarDoor(false));
        assertEquals("Deze casus is bij BZK in behandeling; wijzigingen lopen nu via BZK", fout.getMessage());
        c.controleerBewerkbaarDoor(true);
    }
}
