package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.cases.service.CasusInvoer;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikersbeheer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Bean Validation constraints on the input records, with the Dutch messages of ValidationMessages.properties. */
class InvoercontroleTest {

    private static CasusInvoer casus(String titel, String omschrijving, String fte, String naarGemeente) {
        return new CasusInvoer(
                titel,
                omschrijving,
                "CJIB",
                "GROEI",
                fte == null ? null : new BigDecimal(fte),
                null,
                null,
                "PV21",
                naarGemeente,
                List.of());
    }

    private static String weigering(Object invoer) {
        Fout f = assertThrows(Fout.class, () -> Invoercontrole.controleer(invoer));
        assertEquals(Fout.Soort.ONGELDIG, f.getSoort());
        return f.getMessage();
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            ''            |                 | 12   | Leeuwarden | Veld titel: verplicht
            Uitbreiding   |                 | -1   | Leeuwarden | Veld fte: mag niet negatief zijn
            Uitbreiding   |                 |      | Leeuwarden | Veld fte: is verplicht
            Uitbreiding   |                 | 1.234| Leeuwarden | Veld fte: heeft meer dan 2 decimalen
            =SOM(A1)      |                 | 12   | Leeuwarden | Veld titel: begint met '=' en zou in een spreadsheet als formule worden uitgevoerd; dat is niet toegestaan
            Uitbreiding   | '@import'       | 12   | Leeuwarden | Veld omschrijving: begint met '@' en zou in een spreadsheet als formule worden uitgevoerd; dat is niet toegestaan
            Uitbreiding   |                 | 12   | '-x'       | Veld naarGemeente: begint met '-' en zou in een spreadsheet als formule worden uitgevoerd; dat is niet toegestaan
            ''            |                 | -1   | Leeuwarden | Veld fte: mag niet negatief zijn; Veld titel: verplicht
            """)
    void eenCasusMetFouteInvoerNoemtElkVeld(
            String titel, String omschrijving, String fte, String naarGemeente, String melding) {
        assertEquals(melding, weigering(casus(titel, omschrijving, fte, naarGemeente)));
    }

    @Test
    void eenTeLangeTitelNoemtDeLengte() {
        assertEquals(
                "Veld titel: is te lang (301 tekens, maximaal 300)",
                weigering(casus("x".repeat(301), null, "1", null)));
    }

    @Test
    void eenStuurtekenWordtGevondenMetZijnPositie() {
        assertEquals(
                "Veld omschrijving: bevat een onzichtbaar stuurteken (positie 4)",
                weigering(casus("Uitbreiding", "Een\u0007b", "1", null)));
    }

    @Test
    void goedeInvoerKomtOngewijzigdTerug() {
        CasusInvoer goed = casus("Uitbreiding CJIB", "Regel een\nregel twee", "12.5", "Leeuwarden");
        assertSame(goed, Invoercontrole.controleer(goed));
    }

    @Test
    void documentverzoekMetTeLangKenmerk() {
        Documentgenerator.Verzoek v = new Documentgenerator.Verzoek(
                Documentsoort.KAMERBRIEF, 2025, null, null, null, null, "1".repeat(61), null, null, null);
        assertEquals("Veld kenmerk: is te lang (61 tekens, maximaal 60)", weigering(v));
    }

    @Test
    void gebruikerZonderNaamEnRollen() {
        assertEquals(
                "Veld naam: vul de naam in (hoogstens 160 tekens); Veld rollen: kies ten minste één rol",
                weigering(new Gebruikersbeheer.Gegevens("j.jansen", "  ", Set.of(), null)));
        assertEquals(
                "Veld naam: vul de naam in (hoogstens 160 tekens)",
                weigering(new Gebruikersbeheer.Gegevens("j.jansen", "n".repeat(161), Set.of(Rol.ADMIN), null)));
    }

    @Test
    void geenInvoerIsEenWeigering() {
        assertEquals("Geen gegevens ontvangen", weigering(null));
    }

    @Test
    void eenRedenWordtLetterlijkGedrukt() {
        // A reason with message syntax in it would otherwise be evaluated by the message interpolator.
        assertEquals("a \\{max\\} \\$\\{1+1\\} \\\\", Invoercontrole.letterlijk("a {max} ${1+1} \\"));
    }
}
