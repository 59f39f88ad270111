package nl.bzk.spreiding.documents.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.bzk.spreiding.documents.PdfControle;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.service.Momentopname.Cijferbeeld;
import nl.bzk.spreiding.documents.service.Momentopname.Provincieregel;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dimensie;
import nl.bzk.spreiding.referentie.entity.Benaming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typed snapshot: what {@link MomentopnameOpbouw} decides about the figures, what JSON-B writes, and that a
 * snapshot stored by the first version (hand-written JSON, no {@code versie}) still reads and renders.
 */
class MomentopnameTest {

    private static final Momentopname.Briefhoofd BRIEFHOOFD = new Momentopname.Briefhoofd(
            List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Postbus 20011", "2500 EA  Den Haag"),
            List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA  Den Haag"),
            null,
            null);

    /**
     * Five provinces, national growth 10 %: Fryslân +50 % and Drenthe +10 % grow at least as fast as the country,
     * Gelderland +2 % grows slower, Utrecht declines, and the group "niet toe te delen" (PV99) grows but counts in no
     * list.
     */
    private static Dashboard.Beeld dashboardbeeld() {
        List<Regel> regels = Cijferoverzicht.regels(
                Map.of("PV21", bd(150), "PV22", bd(110), "PV25", bd(102), "PV26", bd(80), "PV99", bd(58)),
                Map.of("PV21", bd(100), "PV22", bd(100), "PV25", bd(100), "PV26", bd(100), "PV99", bd(0)));
        BigDecimal landelijk = new BigDecimal("10.0");
        List<Dashboard.ProvincieBeeld> provincies = regels.stream()
                .map(r -> new Dashboard.ProvincieBeeld(
                        r,
                        "Provincie " + r.sleutel(),
                        r.sleutel().equals("PV26"),
                        r.ditJaar().add(bd(10)),
                        r.sleutel().equals("PV25") ? new BigDecimal("30.0") : new BigDecimal("5.0"),
                        r.groeiProcent() == null ? null : r.groeiProcent().compareTo(landelijk) >= 0,
                        List.of(new Dashboard.Bijdrage(
                                "CJIB", new Benaming("Centraal Justitieel Incassobureau", "CJIB", "het"), bd(7))),
                        List.of(new Dashboard.Bijdrage("BD", new Benaming("Belastingdienst", null, "de"), bd(-3))),
                        List.of(),
                        List.of()))
                .toList();
        return new Dashboard.Beeld(
                2081,
                2080,
                null,
                bd(500),
                bd(400),
                bd(100),
                new BigDecimal("25.0"),
                new BigDecimal("-20.0"),
                bd(550),
                new BigDecimal("10.0"),
                2085,
                provincies,
                Cijferoverzicht.regels(
                        Map.of("RIJK", bd(300), "POLITIE", bd(200)), Map.of("RIJK", bd(290), "POLITIE", bd(110))),
                Cijferoverzicht.regels(Map.of("DEF", bd(500)), Map.of()),
                List.of(new Cijferoverzicht.Toets("motie", "Blijven niet achter", false, Map.of("PV26", false))),
                new nl.bzk.spreiding.figures.service.Jaarstatus(2025, true, false, false, 1, 1, List.of()));
    }

    private static Cijferbeeld beeld() {
        return MomentopnameOpbouw.cijfers(
                dashboardbeeld(),
                Map.of("RIJK", "Rijksoverheid", "POLITIE", "Politie"),
                Map.of("DEF", "Defensie"),
                Set.of("PV21", "PV22", "PV25", "PV26"));
    }

    private static List<String> codes(List<Provincieregel> regels) {
        return regels.stream().map(Provincieregel::code).toList();
    }

    @Test
    void deProvinciesVallenInDeGroepenVanDeBrief() {
        Cijferbeeld c = beeld();
        assertEquals(List.of("PV21", "PV22"), codes(c.bovenGemiddeld()), "fastest first");
        assertEquals(List.of("PV25"), codes(c.onderGemiddeld()));
        assertEquals(List.of("PV26"), codes(c.dalers()));
        // PV99 grows from nothing, but is not one of the twelve provinces
        assertEquals(3, c.aantalGroeiend());
        assertEquals("drie", c.aantalGroeiendTekst());
        // Gelderland expects most; the others tie and keep the order of the provinces
        assertEquals(List.of("PV25", "PV21", "PV22", "PV26"), codes(c.prognoseVolgorde()));
    }

    @Test
    void sectorenEnTekstenZoalsDeBriefZeSchrijft() {
        Cijferbeeld c = beeld();
        assertEquals("Rijksoverheid", c.grootsteSector().naam());
        assertEquals("Politie", c.snelstGroeiendeSector().naam(), "+81,8 % against +3,4 %");
        assertEquals("81,8", c.snelstGroeiendeSector().groeiProcentTekst());
        assertEquals("Defensie", c.ministeries().get(0).naam());
        assertEquals("–", c.ministeries().get(0).vorigFteTekst(), "no previous year: a dash, not zero");
        assertEquals("1 januari 2080", c.vorigePeildatum());
        assertEquals("100", c.groei().tekst());
        assertTrue(c.groei().toename());
        assertEquals("– 20", c.randstadAandeelGroei().tekst(), "a decline with the letter's minus");
        Provincieregel utrecht = c.dalers().get(0);
        assertEquals("– 20", utrecht.groeiTekst());
        assertEquals("het", utrecht.bijdragen().get(0).lidwoord());
        assertEquals(bd(3), utrecht.afnames().get(0).fte(), "a decline is named by its size");
    }

    @ParameterizedTest(name = "{0} goedgekeurd: {1}")
    @CsvSource({"Sanne Bakker, 2081-05-21, Sanne Bakker, 21 mei 2081, true", "'', , '', '', false"})
    void paraafZoalsHetBlokHemDrukt(
            String naam, LocalDate datum, String verwachteNaam, String verwachteDatum, boolean geparafeerd) {
        Momentopname.Route r = MomentopnameOpbouw.route(new Dossierinhoud(
                Map.of(), List.of(new Dossierinhoud.Paraaf("Directeur", naam.isEmpty() ? null : naam, datum))));
        Momentopname.Paraaf p = r.parafen().get(0);
        assertEquals("Directeur", p.functie());
        assertEquals(verwachteNaam, p.naam());
        assertEquals(verwachteDatum, p.datum());
        assertEquals(geparafeerd, p.geparafeerd());
    }

    /** 2071 - 2082 without 2075, 2071 - 2073 historical; Fryslân only, from 2074. */
    private static Momentopname.Ontwikkelingsbeeld ontwikkeling(int jaar) {
        List<Integer> jaren = List.of(2071, 2072, 2073, 2074, 2076, 2077, 2078, 2079, 2080, 2081, 2082);
        Map<Integer, BigDecimal> totalen = new TreeMap<>();
        jaren.forEach(j -> totalen.put(j, BigDecimal.valueOf(1000L + (j - 2071) * 10L)));
        return MomentopnameOpbouw.ontwikkeling(
                jaar,
                new Dashboard.Ontwikkeling(
                        Dimensie.PROVINCIE,
                        jaren,
                        List.of(new Dashboard.Reeks(
                                "PV21",
                                "Fryslân",
                                jaren.stream()
                                        .map(j -> j < 2074 ? null : BigDecimal.valueOf(j - 2000L))
                                        .toList())),
                        List.of()),
                totalen,
                Set.of(2071, 2072, 2073));
    }

    @Test
    void deOntwikkelingLooptTotHetJaarVanDeBriefEnToontDeLaatsteJarenPerProvincie() {
        Momentopname.Ontwikkelingsbeeld o = ontwikkeling(2081);
        assertEquals(2071, o.eersteJaar());
        assertEquals("1 januari 2071", o.eerstePeildatum());
        assertEquals(
                List.of(2071, 2072, 2073, 2074, 2076, 2077, 2078, 2079, 2080, 2081),
                o.totalen().stream().map(Momentopname.Jaartotaal::jaar).toList());
        assertEquals(
                List.of(true, true, true, false),
                o.totalen().subList(0, 4).stream()
                        .map(Momentopname.Jaartotaal::historisch)
                        .toList());
        assertNull(o.totalen().get(0).groei(), "the first year has no growth");
        assertEquals("10", o.totalen().get(1).groei().tekst());
        assertEquals("1", o.totalen().get(1).groei().procentTekst());
        assertNull(o.totalen().get(4).groei(), "2076 follows a gap: no growth over two years");
        assertEquals(List.of(2076, 2077, 2078, 2079, 2080, 2081), o.recenteJaren());
        assertEquals(
                List.of("76", "77", "78", "79", "80", "81"),
                o.provincies().get(0).fte().stream()
                        .map(Momentopname.Fte::tekst)
                        .toList());
        Momentopname.Ontwikkelingsbeeld vroeg = ontwikkeling(2072);
        assertEquals(List.of(2071, 2072), vroeg.recenteJaren());
        assertEquals(
                List.of("–", "–"),
                vroeg.provincies().get(0).fte().stream()
                        .map(Momentopname.Fte::tekst)
                        .toList());
    }

    private static Momentopname volledig() {
        return MomentopnameOpbouw.momentopname(
                MomentopnameOpbouw.document(
                        new Documentgenerator.Verzoek(
                                Documentsoort.BESLISNOTA,
                                2081,
                                "2081",
                                null,
                                "29 697, nr. 170",
                                "2081-2082",
                                "2081-0001",
                                LocalDate.of(2081, 5, 20),
                                "De Minister",
                                null,
                                null),
                        "test",
                        BRIEFHOOFD),
                beeld(),
                ontwikkeling(2081),
                new Momentopname.Actieplanstand(
                        new Momentopname.Periode("2081", "1 september 2081"),
                        List.of(),
                        List.of(new Momentopname.Standtelling("Lopend", 3))),
                List.of(),
                new Dossierinhoud(Map.of("kern", List.of("Een.")), List.of()));
    }

    @Test
    void jsonbSchrijftGetallenAlsGetallenEnLegeVeldenAlsNull() {
        Momentopname m = volledig();
        JsonObject json = Json.createReader(new StringReader(m.naarJson())).readObject();
        assertEquals(Momentopname.VERSIE, json.getInt("versie"));
        JsonValue aantal = json.getJsonObject("actieplan")
                .getJsonArray("perStand")
                .getJsonObject(0)
                .get("aantal");
        assertEquals(JsonValue.ValueType.NUMBER, aantal.getValueType(), "a count in a list stays a number");
        assertEquals(
                JsonValue.NULL,
                json.getJsonObject("cijfers")
                        .getJsonArray("ministeries")
                        .getJsonObject(0)
                        .get("vorigFte"),
                "a figure without a previous year is written as null, not left out");
        assertEquals(JsonValue.ValueType.ARRAY, json.get("casussen").getValueType());
        assertEquals(
                new BigDecimal("81.8181818182"),
                json.getJsonObject("cijfers")
                        .getJsonArray("sectoren")
                        .getJsonObject(0)
                        .getJsonNumber("groeiProcent")
                        .bigDecimalValue());
    }

    @Test
    void wordtGelezenZoalsHetIsGeschreven() {
        Momentopname m = volledig();
        Momentopname gelezen = Momentopname.lees(m.naarJson());
        assertEquals(m, gelezen);
        assertEquals(m.naarJson(), gelezen.naarJson());
        assertEquals(2, gelezen.gelezenVersie());
    }

    @Test
    void deRouteWordtVervangenEnDeRestBlijft() {
        Momentopname m = volledig();
        Momentopname metRoute = Momentopname.lees(m.naarJson())
                .metRoute(new Momentopname.Route(
                        List.of(new Momentopname.Paraaf("Directeur", "A. Jansen", "21 mei 2081", true))));
        assertEquals(m.cijfers(), metRoute.cijfers());
        assertEquals("A. Jansen", metRoute.route().parafen().get(0).naam());
    }

    private static String versieEen() throws Exception {
        try (InputStream in = MomentopnameTest.class.getResourceAsStream("/momentopname/versie-1-kamerbrief.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eenMomentopnameVanVersieEenWordtGelezen() throws Exception {
        Momentopname oud = Momentopname.lees(versieEen());
        assertEquals(1, oud.gelezenVersie());
        assertNull(oud.versie());
        assertTrue(oud.document().geometrie() != null
                && !oud.document().geometrie().isBlank());
        assertEquals(
                12,
                oud.cijfers().provincies().stream()
                        .filter(Provincieregel::toeTeDelen)
                        .count());
        // the hand-made writer wrote a count in a list as text; the tree keeps what is stored
        Map<String, Object> boom = Momentopname.voorSjabloon(versieEen());
        assertFalse(boom.containsKey("versie"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "KAMERBRIEF, 367.131 fte",
        "BIJLAGE_1_CIJFERS, Groningen",
        "BIJLAGE_2_ACTIES, Profielen en kernkwaliteiten",
        "BESLISNOTA, 2025-0000482211"
    })
    void eenMomentopnameVanVersieEenWordtNogGemaakt(Documentsoort soort, String uitDeMomentopname) throws Exception {
        Map<String, Object> boom = new LinkedHashMap<>(Momentopname.voorSjabloon(versieEen()));
        byte[] pdf = Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(soort),
                        boom,
                        Provinciegeometrie.schematisch(),
                        OffsetDateTime.parse("2025-06-20T10:00:00+02:00"))
                .pdf();
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
        String tekst = PdfControle.tekst(pdf);
        assertTrue(tekst.contains(uitDeMomentopname), tekst);
    }

    @Test
    void deKernzinVanHetDashboardIsDeEersteZinVanDeBrief() {
        assertEquals(
                "De totale rijkswerkgelegenheid is in 2080 gegroeid tot 500 fte op 1 januari 2081. Dit is een groei van"
                        + " 25 procent (100 fte) ten opzichte van 1 januari 2080. Van de groei vond – 20 procent plaats"
                        + " in de Randstad.",
                Kernzin.van(dashboardbeeld(), false));
        assertTrue(Kernzin.van(dashboardbeeld(), true).startsWith("De totale rijkswerkgelegenheid (selectie) is in"));
    }

    private static BigDecimal bd(int i) {
        return BigDecimal.valueOf(i);
    }
}
