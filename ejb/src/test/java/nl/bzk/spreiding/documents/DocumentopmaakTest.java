package nl.bzk.spreiding.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.opmaak.SjabloonFout;
import nl.bzk.spreiding.documents.service.Kaartgeometrie;
import nl.bzk.spreiding.figures.service.Afronding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentopmaakTest {

    private static final OffsetDateTime MOMENT = OffsetDateTime.parse("2026-11-23T10:15:00+01:00");

    private static Map<String, Object> gegevens() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("totaal", new BigDecimal("367131"));
        m.put("titel", "Proef <met> & tekens");
        List<Object> rijen = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rijen.add(Map.of("naam", "Onderdeel " + i, "fte", new BigDecimal(i * 10)));
        }
        m.put("rijen", rijen);
        return m;
    }

    private static final String SJABLOON = """
            <document titel="${titel}" kamerstuk="29 697, nr. 160" vergaderjaar="2025-2026" kenmerk="2026-0000123" datum="23 november 2026">
            <kop niveau="1">Proefdocument</kop>
            <alinea>De totale rijkswerkgelegenheid is gegroeid tot ${totaal} fte.<noot>Kamerstuk 29 697, nr. 149</noot>
              Dit is een groei van <vet>3,8 procent</vet>.</alinea>
            <kaart titel="Kaart" eenheid="fte" alt="Proefkaart"><gebied code="PV20" waarde="10"/><gebied code="PV22" waarde="-5.5"/></kaart>
            <tabel breedtes="3,1">
            <rij kop="ja"><cel>Onderdeel</cel><cel uitlijning="rechts">fte</cel></rij>
            <#list rijen as r><rij><cel>${r.naam}</cel><cel uitlijning="rechts">${r.fte}</cel></rij></#list>
            </tabel>
            </document>
            """;

    private static Provinciegeometrie testgeometrie() throws Exception {
        try (InputStream in = DocumentopmaakTest.class.getResourceAsStream("/geo/twee-provincies.geojson")) {
            return Provinciegeometrie.uitGeoJson("twee-provincies.geojson", in.readAllBytes());
        }
    }

    @Test
    void documentIsPdfA2bMetTekstNotenKaartEnPaginering() throws Exception {
        byte[] pdf = Documentopmaak.maak(SJABLOON, gegevens(), testgeometrie(), MOMENT)
                .pdf();

        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
        String tekst = PdfControle.tekst(pdf);
        assertTrue(tekst.contains("gegroeid tot 367.131 fte."), tekst);
        assertTrue(tekst.contains("3,8 procent"), tekst);
        assertTrue(tekst.contains("Kamerstuk 29 697, nr. 149"), "footnote text: " + tekst);
        assertTrue(tekst.contains("Onze referentie 2026-0000123"), tekst);
        int paginas = PdfControle.paginas(pdf);
        assertTrue(paginas >= 2, "the 80-row table runs over a page");
        assertTrue(tekst.contains("Pagina 1 van " + paginas), tekst);
        assertTrue(tekst.contains("Pagina " + paginas + " van " + paginas), tekst);
        // the table header repeats on the next page
        assertTrue(tekst.indexOf("Onderdeel fte") != tekst.lastIndexOf("Onderdeel fte"), tekst);
        // the title escaped by the template engine came through as text, not as markup
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(
                    "Proef <met> & tekens", document.getDocumentInformation().getTitle());
        }
        assertEquals(List.of("PV20:1", "PV22:1"), PdfControle.kaartvlakken(pdf));
    }

    @Test
    void structuurboomGeeftDeOpbouwVanHetDocument() throws Exception {
        byte[] pdf = Documentopmaak.maak(SJABLOON, gegevens(), testgeometrie(), MOMENT)
                .pdf();
        List<String> boom = PdfControle.structuur(pdf);
        String tekst = String.join("\n", boom);
        // the side column (reference) comes first, then the heading, the paragraph with its note, the map, the table
        assertEquals("Document", boom.get(0));
        assertEquals("  Div", boom.get(1));
        int h1 = boom.indexOf("  H1");
        int p = boom.indexOf("  P");
        assertTrue(h1 > 1 && p > h1, tekst);
        assertEquals(
                List.of(
                        "    mcid",
                        "    Reference",
                        "      Link",
                        "        OBJR Link \"Naar voetnoot 1\"",
                        "    Note id=noot-1",
                        "      mcid"),
                boom.subList(p + 1, p + 7),
                tekst);
        // the map: its text alternative gives the template's description and every province's value
        assertTrue(
                boom.contains(
                        "  Figure alt=\"Proefkaart. Per provincie: Groningen 10 fte; Drenthe – 6 fte.\" Layout/Placement=Block"),
                tekst);
        // the table: header cells with scope, 80 body rows of 2 cells (the repeated header on page 2 is not content)
        assertEquals(
                2,
                boom.stream()
                        .filter(r -> r.equals("        TH Table/Scope=Column"))
                        .count(),
                tekst);
        assertEquals(80, boom.stream().filter(r -> r.equals("      TR")).count() - 1, tekst);
        assertEquals(160, boom.stream().filter(r -> r.equals("        TD")).count(), tekst);
    }

    @Test
    void kaartZonderTekstalternatiefWordtGeweigerdMetRegelEnKolom() {
        String zonder =
                "<document titel=\"T\">\n<kop niveau=\"1\">Kop</kop>\n  <kaart titel=\"Kaart ${1}\" eenheid=\"fte\">"
                        + "<gebied code=\"PV20\" waarde=\"1\"/></kaart>\n</document>";
        SjabloonFout f = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(zonder, Map.of(), Provinciegeometrie.schematisch(), MOMENT));
        assertEquals(3, f.getRegel());
        assertEquals(3, f.getKolom());
        assertTrue(f.getMessage().contains("<kaart> zonder alt="), f.getMessage());
        // an empty text alternative is no text alternative
        SjabloonFout leeg = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        zonder.replace("eenheid=", "alt=\" \" eenheid="),
                        Map.of(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertEquals(3, leeg.getRegel());
        // one that only comes out empty once filled in is refused by the layout
        SjabloonFout later = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        zonder.replace("eenheid=", "alt=\"${''}\" eenheid="),
                        Map.of(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertTrue(later.getMessage().contains("heeft geen alt="), later.getMessage());
        // a map in a comment is not checked
        Documentopmaak.vul("<#-- <kaart titel=\"x\"> -->", Map.of());
    }

    @Test
    void kopSlaatGeenNiveauOver() {
        SjabloonFout f = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        "<document titel=\"T\"><kop niveau=\"1\">Een</kop><kop niveau=\"3\">Drie</kop></document>",
                        Map.of(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertTrue(f.getMessage().contains("kop 'Drie' heeft niveau 3 maar volgt op niveau 1"), f.getMessage());
        SjabloonFout eerste = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        "<document titel=\"T\"><kop niveau=\"2\">Twee</kop></document>",
                        Map.of(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertTrue(eerste.getMessage().contains("de eerste kop heeft niveau 1"), eerste.getMessage());
    }

    @Test
    void echteKaartNoemtElkeWaardeInDeProvincieOfInDeSleutel() throws Exception {
        String[] codes = {"PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31"
        };
        int[] fte = {12345, 8123, 9001, 15002, 4503, 30123, 45004, 50005, 70006, 3507, 35008, 12009};
        StringBuilder gebieden = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            gebieden.append("<gebied code=\"")
                    .append(codes[i])
                    .append("\" waarde=\"")
                    .append(fte[i])
                    .append("\"/>");
        }
        byte[] pdf = Documentopmaak.maak(
                        "<document titel=\"K\"><kop niveau=\"1\">K</kop><kaart titel=\"Fte\" eenheid=\"fte\" hoogte=\"250\" "
                                + "alt=\"Fte per provincie\">" + gebieden + "</kaart></document>",
                        Map.of(),
                        Kaartgeometrie.ingebouwd(),
                        MOMENT)
                .pdf();
        String tekst = PdfControle.tekst(pdf);
        // the legend's class bounds repeat the lowest and highest value: leave the legend out when counting
        String zonderLegenda = tekst.replaceAll("Legenda \\(fte\\).*?(?=\\d+ +\\p{L}[\\p{L} -]*: )", "");
        for (int f : fte) {
            String waarde = Afronding.fte(BigDecimal.valueOf(f));
            assertEquals(
                    1, zonderLegenda.split(Pattern.quote(waarde), -1).length - 1, waarde + " once in " + zonderLegenda);
        }
        // small provinces get a number and a line under the legend ("1  Flevoland: 4.503")
        assertTrue(tekst.matches(".*\\b1 +\\p{L}[\\p{L} -]+: [0-9.]+.*"), tekst);
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
    }

    @Test
    void schematischeKaartHeeftTwaalfProvincies() throws Exception {
        byte[] pdf = Documentopmaak.maak(SJABLOON, gegevens(), Provinciegeometrie.schematisch(), MOMENT)
                .pdf();
        List<String> vlakken = PdfControle.kaartvlakken(pdf);
        assertEquals(12, vlakken.size(), vlakken.toString());
        assertTrue(vlakken.stream().allMatch(v -> v.endsWith(":1")), vlakken.toString());
        assertEquals(12, vlakken.stream().map(v -> v.substring(0, 4)).distinct().count());
    }

    @Test
    void zelfdeSjabloonEnMomentopnameGevenZelfdeTekst() throws Exception {
        byte[] een = Documentopmaak.maak(SJABLOON, gegevens(), Provinciegeometrie.schematisch(), MOMENT)
                .pdf();
        byte[] twee = Documentopmaak.maak(SJABLOON, gegevens(), Provinciegeometrie.schematisch(), MOMENT)
                .pdf();
        assertEquals(PdfControle.tekst(een), PdfControle.tekst(twee));
    }

    @Test
    void syntaxfoutNoemtRegelEnKolom() {
        SjabloonFout f = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        "<document titel=\"x\">\n<alinea>\n${totaal + }</alinea>\n</document>",
                        gegevens(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertEquals(Integer.valueOf(3), f.getRegel());
        assertTrue(f.getMessage().startsWith("Fout in het sjabloon op regel 3"), f.getMessage());
    }

    @Test
    void onbekendeVariabeleNoemtRegelEnKolom() {
        SjabloonFout f = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        "<document titel=\"x\">\n  <alinea>${bestaatNiet.fte}</alinea>\n</document>",
                        gegevens(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertEquals(Integer.valueOf(2), f.getRegel());
        assertEquals(Integer.valueOf(13), f.getKolom());
        assertTrue(f.getMessage().contains("bestaatNiet"), f.getMessage());
    }

    @Test
    void ongeldigeOpmaakWordtGeweigerd() {
        SjabloonFout f = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        "<document titel=\"x\"><alinea>open", gegevens(), Provinciegeometrie.schematisch(), MOMENT));
        assertTrue(f.getMessage().contains("ongeldige opmaak in regel 1"), f.getMessage());
        SjabloonFout onbekend = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(
                        "<document titel=\"x\"><script>x</script></document>",
                        gegevens(),
                        Provinciegeometrie.schematisch(),
                        MOMENT));
        assertTrue(onbekend.getMessage().contains("onbekend element <script>"), onbekend.getMessage());
    }

    /**
     * Each attempt is a well-formed document that would render if the sandbox let it through, so only the sandbox can
     * refuse it; the message must say what was refused (not a parse error about something else).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Execute via ?new | <#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")} | ?new",
                "?api | ${totaal?api.getClass()} | api",
                "#include | <#include \"/etc/passwd\"> | passwd",
                "#import | <#import \"/etc/hosts\" as h> | hosts",
                "methode op een string | ${titel.getClass().getName()} | titel",
                "lus zonder einde | <#list 1..100000000 as i>${i}</#list> | hoogstens 10000 stappen",
            })
    void injectiepogingenWordenDoorDeZandbakGeweigerd(String wat, String poging, String genoemd) {
        String sjabloon = "<document titel=\"x\"><alinea>" + poging + "</alinea></document>";
        SjabloonFout fout = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(sjabloon, gegevens(), Provinciegeometrie.schematisch(), MOMENT),
                wat);
        assertTrue(fout.getMessage().startsWith("Fout in het sjabloon"), fout.getMessage());
        assertTrue(fout.getMessage().contains(genoemd), wat + ": " + fout.getMessage());
    }

    @Test
    void externeEntiteitenInDeOpmaakWordenGeweigerd() {
        String poging =
                "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><document titel=\"&x;\"><alinea>&x;</alinea></document>";
        SjabloonFout fout = assertThrows(
                SjabloonFout.class,
                () -> Documentopmaak.maak(poging, gegevens(), Provinciegeometrie.schematisch(), MOMENT));
        assertFalse(fout.getMessage().contains("root:"), fout.getMessage());
    }

    @Test
    void geometrieZonderProvinciesWordtGeweigerd() {
        IllegalArgumentException f = assertThrows(
                IllegalArgumentException.class,
                () -> Provinciegeometrie.uitGeoJson(
                        "leeg.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes()));
        assertTrue(f.getMessage().contains("bevat geen provincies"), f.getMessage());
    }
}
