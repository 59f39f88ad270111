package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one text rule: single line, multi-line and the spreadsheet formula rule apart (issue 30). */
class TekstTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Eve\r\nBcc: x@example.org",
                "a\nb",
                "a\tb",
                "a\u0000b",
                "a\u000bb",
                "a\u007fb",
                "a\u0085b",
                "a\u009fb",
                "a\uFFFEb",
                "a\uFFFFb",
                "los \uD800",
                "los \uDC00 ervoor"
            })
    void eenEnkeleRegelWeigertElkStuurteken(String tekst) {
        assertNotNull(Tekst.regelFout(tekst, 400), tekst);
    }

    @Test
    void eenEnkeleRegelNeemtGewoneTekstAan() {
        assertNull(Tekst.regelFout("Directeur-generaal Overheidsorganisatie – Eén fte \uD83D\uDCC8", 400));
        assertNull(Tekst.regelFout("- zie bijlage", 400), "a leading hyphen is no formula outside a spreadsheet");
        assertNull(Tekst.regelFout("", 400));
        assertNull(Tekst.regelFout(null, 400));
        assertEquals("is te lang (5 tekens, maximaal 4)", Tekst.regelFout("abcde", 4));
        assertEquals("moet op één regel staan (een regeleinde op positie 4)", Tekst.regelFout("Eve\r\nBcc", 400));
    }

    @Test
    void meerdereRegelsNemenRegeleindenEnTabsAanEnMakenErEenLfVan() {
        assertNull(Tekst.alineaFout("Kop klopt niet\r\nzie\tbijlage\u000bverder\rklaar", 4000));
        assertEquals(
                "Kop klopt niet\nzie\tbijlage\nverder\nklaar",
                Tekst.alinea("Kop klopt niet\r\nzie\tbijlage\u000bverder\rklaar"));
        assertEquals("bevat een onzichtbaar stuurteken (positie 2)", Tekst.alineaFout("a\u0000b", 4000));
        assertEquals("bevat een ongeldig teken (positie 2)", Tekst.alineaFout("a\uFFFFb", 4000));
        assertNull(Tekst.alineaFout("- eerste punt\n- tweede punt", 4000));
    }

    @Test
    void deFormuleregelGeldtAlleenVoorCellen() {
        for (String formule : new String[] {"=SOM(A1)", "+1", "-1", "@x", "\tx", "\rx"}) {
            assertNotNull(Tekst.formuleFout(formule), formule);
            assertNotNull(Tekst.celFout(formule, 4000), formule);
        }
        assertTrue(Tekst.celFout("=1", 4000).contains("als formule"));
        assertNull(Tekst.celFout("Regel met\nregeleinde", 4000));
    }
}
