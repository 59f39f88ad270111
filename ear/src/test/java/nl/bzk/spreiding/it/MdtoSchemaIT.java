package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** (Runs with the integration tests: the EAR module has no unit-test phase.) The validation itself: the standard's own examples pass, a file with an element out of place does not. */
class MdtoSchemaIT {

    @Test
    void voorbeeldenVanHetNationaalArchiefZijnGeldig() throws Exception {
        for (String voorbeeld : new String[] {
            "MDTO-XML-1.0.1-Voorbeeld-Archiefstuk-Informatieobject.xml", "MDTO-XML-1.0.1-Voorbeeld-Bestand.xml"
        }) {
            try (InputStream in = MdtoSchemaIT.class.getResourceAsStream("/mdto/" + voorbeeld)) {
                Mdto.valideer(voorbeeld, in.readAllBytes());
            }
        }
    }

    @Test
    void eenOngeldigBestandWordtGeweigerd() {
        String fout =
                "<MDTO xmlns=\"https://www.nationaalarchief.nl/mdto\"><bestand><identificatie><identificatieKenmerk>1</identificatieKenmerk>"
                        + "<identificatieBron>x</identificatieBron></identificatie><naam>a.pdf</naam><trefwoord>x</trefwoord></bestand></MDTO>";
        assertThrows(AssertionError.class, () -> Mdto.valideer("fout.mdto.xml", fout.getBytes(StandardCharsets.UTF_8)));
    }
}
