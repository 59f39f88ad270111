package nl.bzk.spreiding.referentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.referentie.entity.Benaming;
import org.junit.jupiter.api.Test;

class BenamingTest {

    @Test
    void eersteEnLatereVermeldingZoalsDeBrief() {
        Benaming cjib = Benaming.van("Centraal Justitieel Incassobureau", "CJIB", "het");
        assertEquals("het Centraal Justitieel Incassobureau (CJIB, 323 fte)", cjib.eersteVermelding("323 fte"));
        assertEquals("het CJIB (22 fte)", cjib.latereVermelding("22 fte"));
        assertEquals("het Centraal Justitieel Incassobureau (CJIB)", cjib.eersteVermelding(null));
        assertEquals("Centraal Justitieel Incassobureau (CJIB)", cjib.volledigeNaam());
        Benaming defensie = Benaming.van("Defensie", " ", null);
        assertEquals("Defensie (141 fte)", defensie.eersteVermelding("141 fte"));
        assertEquals("Defensie (64 fte)", defensie.latereVermelding("64 fte"));
        assertEquals(
                "de Nationale Politie (80 fte)",
                Benaming.van("Nationale Politie", null, "De").eersteVermelding("80 fte"));
        assertEquals(
                "Rijkswaterstaat (RWS, 39 fte)",
                Benaming.van("Rijkswaterstaat", "RWS", null).eersteVermelding("39 fte"));
    }

    @Test
    void ongeldigeInvoerNoemtHetVeld() {
        assertEquals(
                "Veld lidwoord: 'een' moet 'de', 'het' of leeg zijn",
                assertThrows(Fout.class, () -> Benaming.van("X", null, "een")).getMessage());
        assertEquals(
                "Veld naam: verplicht",
                assertThrows(Fout.class, () -> Benaming.van(" ", null, null)).getMessage());
        assertEquals(
                "Veld naam: hoogstens 160 tekens (nu 161)",
                assertThrows(Fout.class, () -> Benaming.van("x".repeat(161), null, null))
                        .getMessage());
        assertThrows(Fout.class, () -> Benaming.van("X", "twee woorden", null));
    }
}
