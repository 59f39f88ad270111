package nl.bzk.spreiding.actionplan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import nl.bzk.spreiding.actionplan.entity.StandLabel;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import org.junit.jupiter.api.Test;

/** The form of action-plan input: the field and, in a list, the number of the line are named. */
class ActieplaninvoerTest {

    private static String weigering(Object invoer) {
        return assertThrows(Fout.class, () -> Invoercontrole.controleer(invoer)).getMessage();
    }

    @Test
    void periodeZonderNaamEnDatum() {
        assertEquals(
                "Veld naam: verplicht; Veld peildatum: verplicht", weigering(new Actieplaninvoer.Periode(" ", null)));
        assertEquals(
                "Veld naam: is te lang (61 tekens, maximaal 60)",
                weigering(new Actieplaninvoer.Periode("p".repeat(61), LocalDate.of(2026, 9, 1))));
    }

    @Test
    void eenPuntVanEenStandWordtBijNummerGenoemd() {
        assertEquals(
                "Veld punten, nummer 2: bevat een onzichtbaar stuurteken (positie 6)",
                weigering(new Actieplaninvoer.Stand(
                        StandLabel.LOPEND, null, Arrays.asList("Eerste punt", "Bel +\u000031 70 123"))));
        // The spreadsheet-formula rule is for the cells of a submission file only (issue 30): a point may start with +.
        assertEquals(
                "Veld label: verplicht (NIET_GESTART, LOPEND, VERTRAAGD of GEREED)",
                weigering(new Actieplaninvoer.Stand(null, null, Arrays.asList("+31 70 123 is het nummer"))));
    }

    @Test
    void eenStandZonderLabel() {
        assertEquals(
                "Veld label: verplicht (NIET_GESTART, LOPEND, VERTRAAGD of GEREED)",
                weigering(new Actieplaninvoer.Stand(null, null, null)));
    }

    @Test
    void eenMaatregelZonderTitel() {
        assertEquals(
                "Veld titel: verplicht", weigering(new Actieplaninvoer.Maatregel("", "Kansen per provincie", null)));
    }
}
