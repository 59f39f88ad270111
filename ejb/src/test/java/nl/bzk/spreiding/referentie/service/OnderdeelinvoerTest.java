package nl.bzk.spreiding.referentie.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoercontrole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnderdeelinvoerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            C                  | JENV | Veld code: geen geldige code (2 tot 20 letters, cijfers of '-')
            CJ IB              | JENV | Veld code: geen geldige code (2 tot 20 letters, cijfers of '-')
            ABCDEFGHIJKLMNOPQRSTU | JENV | Veld code: geen geldige code (2 tot 20 letters, cijfers of '-')
            CJIB               | ''   | Veld ministerie: verplicht
            """)
    void eenFouteCodeOfGeenMinisterie(String code, String ministerie, String melding) {
        assertEquals(
                melding,
                assertThrows(
                                Fout.class,
                                () -> Invoercontrole.controleer(
                                        new Referentiegegevens.Onderdeelinvoer(code, ministerie)))
                        .getMessage());
    }

    @ParameterizedTest
    @CsvSource({"cjib", "' DUO-2 '", "AB"})
    void eenGoedeCode(String code) {
        Referentiegegevens.Onderdeelinvoer invoer = new Referentiegegevens.Onderdeelinvoer(code, "OCW");
        assertEquals(invoer, Invoercontrole.controleer(invoer), "accepted unchanged");
    }
}
