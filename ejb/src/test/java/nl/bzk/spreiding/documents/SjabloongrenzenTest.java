package nl.bzk.spreiding.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.opmaak.SjabloonFout;
import nl.bzk.spreiding.documents.opmaak.Sjabloongrenzen;
import nl.bzk.spreiding.documents.opmaak.Sjabloonmotor;
import nl.bzk.spreiding.platform.Tijd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A template written to hurt the server is stopped with a message that names line and column. */
class SjabloongrenzenTest {

    private static SjabloonFout weigert(String sjabloon) {
        long begin = System.nanoTime();
        SjabloonFout fout =
                assertThrows(SjabloonFout.class, () -> Sjabloonmotor.vul(sjabloon, Map.of("lijst", List.of(1, 2, 3))));
        // Stopped by the limit, not by the test's patience: well within twice the time limit.
        assertTrue(System.nanoTime() - begin < 2 * Sjabloongrenzen.MAX_DUUR_MS * 1_000_000L, "te laat gestopt");
        return fout;
    }

    @Test
    void eindelozeLusStoptOpDeTijdsgrens() {
        SjabloonFout fout = weigert(
                "<alinea>\n<#list 1..10000 as a><#list 1..10000 as b><#list 1..10000 as c>${c}</#list></#list></#list></alinea>");
        // Whichever bound it reaches first (output, memory, time), it stops inside the loop on line 2.
        assertTrue(
                fout.getMessage().contains("groter dan")
                        || fout.getMessage().contains("MB geheugen")
                        || fout.getMessage().contains("duurt langer dan"),
                fout.getMessage());
        assertEquals(2, fout.getRegel(), fout.getMessage());
    }

    @Test
    void lusZonderUitvoerStoptOokOpDeTijdsgrens() {
        // Nothing is written and little kept: only the time limit (or the garbage it allocates) can stop it.
        SjabloonFout fout = weigert(
                "<#assign n = 0>\n<#list 1..10000 as a><#list 1..10000 as b><#list 1..10000 as c><#if false>${c}</#if></#list></#list></#list>");
        assertTrue(
                fout.getMessage().contains("duurt langer dan 5 seconden")
                        || fout.getMessage().contains("MB geheugen"),
                fout.getMessage());
        assertEquals(2, fout.getRegel(), fout.getMessage());
    }

    @Test
    void verdubbelendeTekstStoptOpDeGeheugengrens() {
        SjabloonFout fout =
                weigert("<#assign s = \"xxxxxxxxxx\">\n<#list 1..40 as i>\n  <#assign s = s + s>\n</#list>${s?length}");
        assertTrue(fout.getMessage().contains("MB geheugen"), fout.getMessage());
        assertEquals(3, fout.getRegel(), fout.getMessage());
    }

    @Test
    void eindelozeRecursieStoptOpDeDieptegrens() {
        SjabloonFout fout = weigert("<#macro m n>\n<#if true><@m n + 1/></#if>\n</#macro>\n<@m 1/>");
        assertTrue(fout.getMessage().contains("dieper dan " + Sjabloongrenzen.MAX_DIEPTE), fout.getMessage());
        assertTrue(fout.getRegel() != null && fout.getKolom() != null, fout.getMessage());
    }

    /** Issue 30, finding 8: 2.000 nested {@code <vet>} gave a StackOverflowError and a 500 when the template was saved. */
    @Test
    void diepGenesteOpmaakWordtMetRegelEnKolomGeweigerd() {
        String sjabloon = "<document titel=\"x\">\n<alinea>" + "<vet>".repeat(2_000) + "x" + "</vet>".repeat(2_000)
                + "</alinea>\n</document>";
        SjabloonFout fout = assertThrows(SjabloonFout.class, () -> Sjabloonmotor.controleer(sjabloon));
        assertTrue(fout.getMessage().contains("dieper genest dan 50 niveaus"), fout.getMessage());
        assertEquals(2, fout.getRegel(), fout.getMessage());
        // <document> and <alinea> are two levels, so the 49th <vet> is the 51st element: column 9 + 48 × 5.
        assertEquals(9 + 48 * 5, fout.getKolom(), fout.getMessage());
        // A loop can still nest what the text check counted once: the filled-in markup is bounded too.
        String opmaak = Sjabloonmotor.vul(
                "<document titel=\"x\"><alinea><#list 1..2000 as i><vet></#list>x"
                        + "<#list 1..2000 as i></vet></#list></alinea></document>",
                Map.of());
        SjabloonFout gevuld = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        opmaak, Map.of(), Provinciegeometrie.schematisch(), OffsetDateTime.now(Tijd.ZONE)));
        assertTrue(gevuld.getMessage().contains("dieper genest dan 50 niveaus"), gevuld.getMessage());
    }

    /** Issue 30, finding 12: an error tells the author what is wrong, not which FreeMarker version the server runs. */
    @Test
    void eenFoutNoemtDeVersieVanFreeMarkerNiet() {
        SjabloonFout fout = assertThrows(SjabloonFout.class, () -> Sjabloonmotor.controleer("${x?foo}"));
        assertTrue(fout.getMessage().contains("Unknown built-in: \"foo\""), fout.getMessage());
        assertTrue(!fout.getMessage().matches(".*\\d+\\.\\d+\\.\\d+.*"), fout.getMessage());
        assertTrue(!fout.getMessage().contains("using FreeMarker"), fout.getMessage());
    }

    @Test
    void attemptVangtDeGrensNiet() {
        SjabloonFout fout = weigert("<#attempt>\n<#macro m><@m/></#macro><@m/>\n<#recover>ontsnapt</#attempt>");
        assertTrue(fout.getMessage().contains("dieper dan"), fout.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "${'x'?left_pad(2000000000)}|?left_pad is in sjablonen niet toegestaan",
                "${'x'?right_pad(2000000000)}|?right_pad is in sjablonen niet toegestaan",
                "<#assign t = '1'?interpret>|?interpret is in sjablonen niet toegestaan",
                "<#list 1..2000000000 as i>${i}</#list>|hoogstens 10000 stappen",
                "<#list 1.. as i>${i}</#list>|gehele getallen als begin en eind",
                "<#list 1..lijst?size as i>${i}</#list>|gehele getallen als begin en eind",
                "${(1..99999999)?join(',')}|hoogstens 10000 stappen"
            })
    void gevaarlijkeOnderdelenWordenVoorafGeweigerd(String sjabloon, String melding) {
        SjabloonFout fout = assertThrows(SjabloonFout.class, () -> Sjabloonmotor.controleer(sjabloon));
        assertTrue(fout.getMessage().contains(melding), fout.getMessage());
        assertEquals(1, fout.getRegel());
    }

    @Test
    void tekstMetVraagtekensEnPuntenBlijftToegestaan() {
        assertEquals(
                "<alinea>Waarom?left_pad... 1..3 ja</alinea>",
                Sjabloonmotor.vul("<alinea>Waarom?left_pad... ${\"1..3\"} ja</alinea>", Map.of()));
        assertEquals("123", Sjabloonmotor.vul("<#list 1..3 as i>${i}</#list>", Map.of()));
    }
}
