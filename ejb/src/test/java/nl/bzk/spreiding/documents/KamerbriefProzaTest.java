package nl.bzk.spreiding.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.documents.service.Momentopname;
import nl.bzk.spreiding.documents.service.MomentopnameOpbouw;
import nl.bzk.spreiding.documents.service.StandaardSjablonen;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dimensie;
import nl.bzk.spreiding.figures.service.Jaarstatus;
import nl.bzk.spreiding.referentie.entity.Benaming;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 31: prose a reader accepts, as golden sentences of the shipped Kamerbrief on figures written out here: all
 * twelve provinces, one, none, a decliner and several, zero growth, the reference year as the seed names it, the
 * motions in plain Dutch and only the cases the letter is about.
 */
class KamerbriefProzaTest {

    private static final Momentopname.Briefhoofd BRIEFHOOFD = new Momentopname.Briefhoofd(
            List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Postbus 20011", "2500 EA  Den Haag"),
            List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA  Den Haag"),
            null,
            null);

    private static final Map<String, String> PROVINCIES = new LinkedHashMap<>();

    /** The signatory's function as the drafter typed it. */
    private static String functie = "De Minister van Binnenlandse Zaken en Koninkrijksrelaties";

    /** Per province the organisations that drove its growth, and its decline (none unless a test sets them). */
    private static final Map<String, List<Dashboard.Bijdrage>> DRIJVERS = new TreeMap<>();

    private static final Map<String, List<Dashboard.Bijdrage>> AFNAMES = new TreeMap<>();

    private static final Benaming DEFENSIE = new Benaming("Defensie", null, null);
    private static final Benaming COA = new Benaming("Centraal Orgaan opvang asielzoekers", "COA", "het");
    private static final Benaming CJIB = new Benaming("Centraal Justitieel Incassobureau", "CJIB", "het");
    private static final Benaming RWS = new Benaming("Rijkswaterstaat", "RWS", null);
    private static final Benaming TOESLAGEN = new Benaming("Toeslagen", null, null);
    private static final Benaming POLITIE = new Benaming("Nationale Politie", null, "de");

    private static Dashboard.Bijdrage bij(String code, Benaming wie, int fte) {
        return new Dashboard.Bijdrage(code, wie, BigDecimal.valueOf(fte));
    }

    /** The year's status (definitief unless a test says otherwise). */
    private static Jaarstatus jaarstatus = new Jaarstatus(2081, true, false, false, 3, 3, List.of());

    /** The last letter made. */
    private static byte[] laatstePdf;

    /** The raw text of the last letter made (lines and no-break spaces kept). */
    private static String laatsteRauw;

    static {
        String[][] p = {
            {"PV20", "Groningen"}, {"PV21", "Fryslân"}, {"PV22", "Drenthe"}, {"PV23", "Overijssel"},
            {"PV24", "Flevoland"}, {"PV25", "Gelderland"}, {"PV26", "Utrecht"}, {"PV27", "Noord-Holland"},
            {"PV28", "Zuid-Holland"}, {"PV29", "Zeeland"}, {"PV30", "Noord-Brabant"}, {"PV31", "Limburg"}
        };
        for (String[] x : p) {
            PROVINCIES.put(x[0], x[1]);
        }
    }

    /** Every province 1.000 fte last year; this year 1.000 plus the given change; the prognosis 1 % up unless given. */
    private static String brief(
            Map<String, Integer> verandering,
            Map<String, Integer> prognoseVerandering,
            int sectorVerandering,
            List<Momentopname.Casusstand> casussen)
            throws Exception {
        Map<String, BigDecimal> nu = new TreeMap<>();
        Map<String, BigDecimal> vorig = new TreeMap<>();
        PROVINCIES.keySet().forEach(code -> {
            vorig.put(code, BigDecimal.valueOf(1000));
            nu.put(code, BigDecimal.valueOf(1000 + verandering.getOrDefault(code, 10)));
        });
        List<Regel> regels = Cijferoverzicht.regels(nu, vorig);
        BigDecimal totaal = Cijferoverzicht.som(nu);
        BigDecimal totaalVorig = Cijferoverzicht.som(vorig);
        BigDecimal groei = totaal.subtract(totaalVorig);
        BigDecimal landelijk = Afronding.procent(groei, totaalVorig);
        List<Dashboard.ProvincieBeeld> beelden = regels.stream()
                .map(r -> {
                    BigDecimal prognose =
                            r.ditJaar().add(BigDecimal.valueOf(prognoseVerandering.getOrDefault(r.sleutel(), 10)));
                    return new Dashboard.ProvincieBeeld(
                            r,
                            PROVINCIES.get(r.sleutel()),
                            Set.of("PV26", "PV27", "PV28").contains(r.sleutel()),
                            prognose,
                            Afronding.procent(prognose.subtract(r.ditJaar()), r.ditJaar()),
                            r.groeiProcent().compareTo(landelijk) >= 0,
                            DRIJVERS.getOrDefault(r.sleutel(), List.of()),
                            AFNAMES.getOrDefault(r.sleutel(), List.of()),
                            List.of(),
                            List.of());
                })
                .toList();
        BigDecimal prognoseTotaal =
                beelden.stream().map(Dashboard.ProvincieBeeld::prognose).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Regel> sectoren = Cijferoverzicht.regels(
                Map.of(
                        "MINISTERIES",
                        BigDecimal.valueOf(2000 + sectorVerandering),
                        "DEFENSIE",
                        BigDecimal.valueOf(500)),
                Map.of("MINISTERIES", BigDecimal.valueOf(2000), "DEFENSIE", BigDecimal.valueOf(500)));
        Dashboard.Beeld beeld = new Dashboard.Beeld(
                2081,
                2080,
                null,
                totaal,
                totaalVorig,
                groei,
                landelijk,
                null,
                prognoseTotaal,
                Afronding.procent(prognoseTotaal.subtract(totaal), totaal),
                2086,
                beelden,
                sectoren,
                List.of(),
                List.of(Cijferoverzicht.nietAchterblijven(
                        "motie-De Vries",
                        "Blijven niet achter bij de landelijke ontwikkeling",
                        regels,
                        Set.of("PV21", "PV22", "PV29", "PV31"),
                        landelijk)),
                jaarstatus);
        Momentopname m = MomentopnameOpbouw.momentopname(
                MomentopnameOpbouw.document(
                        new Documentgenerator.Verzoek(
                                Documentsoort.KAMERBRIEF,
                                2081,
                                "2025",
                                null,
                                "31 490",
                                "2080-2081",
                                "2081-0001",
                                LocalDate.of(2081, 5, 20),
                                functie,
                                "M. de Jong",
                                null),
                        "test",
                        BRIEFHOOFD),
                MomentopnameOpbouw.cijfers(
                        beeld,
                        Map.of("MINISTERIES", "ministeries", "DEFENSIE", "Defensie"),
                        Map.of(),
                        PROVINCIES.keySet()),
                MomentopnameOpbouw.ontwikkeling(
                        2081,
                        new Dashboard.Ontwikkeling(Dimensie.PROVINCIE, List.of(), List.of(), List.of()),
                        new TreeMap<>(Map.of(2080, totaalVorig, 2081, totaal)),
                        Set.of()),
                new Momentopname.Actieplanstand(
                        new Momentopname.Periode("2025", "1 september 2025"), List.of(), List.of()),
                casussen,
                null);
        byte[] pdf = Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(Documentsoort.KAMERBRIEF),
                        Momentopname.voorSjabloon(m.naarJson()),
                        Provinciegeometrie.schematisch(),
                        OffsetDateTime.parse("2081-05-20T10:00:00+02:00"))
                .pdf();
        laatsteRauw = PdfControle.rauweTekst(pdf);
        laatstePdf = pdf;
        return PdfControle.tekst(pdf);
    }

    private static Momentopname.Casusstand casus(String titel, int fte, boolean drempel) {
        return new Momentopname.Casusstand(
                titel,
                null,
                "Rijkswaterstaat",
                "Ministerie van Infrastructuur en Waterstaat",
                "groei",
                BigDecimal.valueOf(fte),
                String.valueOf(fte),
                drempel,
                "Drenthe",
                null,
                "in behandeling",
                null,
                null);
    }

    @Test
    void alleTwaalfProvinciesEnDeSectorTenOpzichteVanHetJaarDaarvoor() throws Exception {
        String tekst = brief(Map.of(), Map.of(), 78, List.of());
        assertTrue(tekst.contains("laat in alle twaalf provincies groei zien"), tekst);
        assertFalse(tekst.contains("twaalf van de twaalf"), tekst);
        // growth in 2080 compared with 2079, as the seed says "groeiden ten opzichte van 2023" in the letter of 2025
        assertTrue(
                tekst.contains(
                        "Ministeries vormen de grootste sector (2.078 fte) en groeiden ten opzichte van 2079 met 3,9 procent"),
                tekst);
        assertFalse(tekst.contains("veranderden"), tekst);
    }

    @Test
    void eenDalerEnDeSectorDaalt() throws Exception {
        String tekst = brief(Map.of("PV28", -50), Map.of(), -40, List.of());
        assertTrue(tekst.contains("laat in elf van de twaalf provincies groei zien"), tekst);
        assertTrue(tekst.contains("daalde in de provincie Zuid-Holland de rijkswerkgelegenheid met 5 procent"), tekst);
        assertTrue(tekst.contains("en daalden ten opzichte van 2079 met 2 procent"), tekst);
    }

    @Test
    void geenGroeiNergens() throws Exception {
        Map<String, Integer> nul = new TreeMap<>();
        PROVINCIES.keySet().forEach(code -> nul.put(code, 0));
        String tekst = brief(nul, Map.of(), 0, List.of());
        assertTrue(tekst.contains("laat in geen van de twaalf provincies groei zien"), tekst);
        assertTrue(tekst.contains("en bleven ten opzichte van 2079 gelijk"), tekst);
    }

    @Test
    void eenVerwachteDalingEnkelvoudMeerdereMeervoudig() throws Exception {
        String een = brief(Map.of(), Map.of("PV28", -259), 78, List.of());
        assertTrue(een.contains("Voor de provincie Zuid-Holland (– 25,6 procent) wordt een daling verwacht"), een);
        String twee = brief(Map.of(), Map.of("PV28", -259, "PV26", -20), 78, List.of());
        assertTrue(
                twee.contains(
                                "Voor de provincies Utrecht (– 2 procent) en Zuid-Holland (– 25,6 procent) wordt een daling verwacht")
                        || twee.contains(
                                "Voor de provincies Zuid-Holland (– 25,6 procent) en Utrecht (– 2 procent) wordt een daling verwacht"),
                twee);
    }

    /** The motion line in plain Dutch: which provinces meet it and which do not (a tie with the average meets it). */
    @Test
    void deMotieNoemtWieHaaltEnWieNiet() throws Exception {
        // national growth 1 %: Fryslân and Zeeland above, Drenthe and Limburg below
        Map<String, Integer> v = new TreeMap<>();
        PROVINCIES.keySet().forEach(code -> v.put(code, 10));
        v.put("PV21", 40);
        v.put("PV29", 30);
        v.put("PV22", -30);
        v.put("PV31", -40);
        String tekst = brief(v, Map.of(), 78, List.of());
        assertTrue(tekst.contains("wordt gehaald in Fryslân en Zeeland, niet in Drenthe en Limburg."), tekst);
        assertFalse(tekst.contains(" niet,"), tekst);
        String allen = brief(Map.of(), Map.of(), 78, List.of());
        assertTrue(allen.contains("wordt gehaald in Fryslân, Drenthe, Zeeland en Limburg."), allen);
    }

    @Test
    void alleenCasussenVanHonderdFteOfMeerZonderWerkstroomwoorden() throws Exception {
        String tekst = brief(
                Map.of(),
                Map.of(),
                78,
                List.of(casus("Nieuw kantoor Assen", 150, true), casus("Klein team", 60, false)));
        assertTrue(tekst.contains("Nieuw kantoor Assen (Rijkswaterstaat, 150 fte, Drenthe)."), tekst);
        assertFalse(tekst.contains("Klein team"), tekst);
        assertFalse(tekst.contains("in behandeling)"), tekst);
    }

    /** A sign never ends a line without its number: "(+" at a line end with "13.334 fte" on the next. */
    @Test
    void eenTekenBlijftBijZijnGetal() throws Exception {
        String rauw = rauw(brief(Map.of("PV28", -50), Map.of("PV28", -259, "PV26", -20), -40, List.of()));
        assertTrue(
                java.util.regex.Pattern.compile("\u2013\u00a0\\d").matcher(rauw).find(),
                "a sign and its number held together by a no-break space");
        assertFalse(
                java.util.regex.Pattern.compile("[+\u2013]\\s*\\R\\s*\\d")
                        .matcher(rauw)
                        .find(),
                rauw);
    }

    private static String rauw(String ignored) {
        return laatsteRauw;
    }

    @Test
    void eenFunctieMetKommaKrijgtEenKomma() throws Exception {
        functie = "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, ";
        try {
            String tekst = brief(Map.of(), Map.of(), 78, List.of());
            assertTrue(tekst.contains("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, M. de Jong"), tekst);
            assertFalse(tekst.contains(",,") || tekst.contains(", ,"), tekst);
        } finally {
            functie = "De Minister van Binnenlandse Zaken en Koninkrijksrelaties";
        }
    }

    @AfterEach
    void geenDrijvers() {
        DRIJVERS.clear();
        AFNAMES.clear();
    }

    /** Two provinces the same organisations drove: one sentence, with each organisation's fte per province. */
    @Test
    void dezelfdeOorzaakInEenZin() throws Exception {
        // national growth just under 1 %: Drenthe (0,8 %) and Limburg (0,5 %) below the average
        DRIJVERS.put("PV22", List.of(bij("DEF", DEFENSIE, 6), bij("COA", COA, 2)));
        DRIJVERS.put("PV31", List.of(bij("COA", COA, 1), bij("DEF", DEFENSIE, 4)));
        String tekst = brief(Map.of("PV22", 8, "PV31", 5), Map.of(), 78, List.of());
        assertTrue(
                tekst.contains("In Drenthe en Limburg groeide de rijkswerkgelegenheid hoofdzakelijk door een toename "
                        + "bij Defensie (6 en 4 fte) en het Centraal Orgaan opvang asielzoekers (COA, 2 en 1 fte)."),
                tekst);
        assertFalse(tekst.contains("In Limburg groeide"), tekst);
    }

    /**
     * Different causes: two sentences of different shapes, as the seed writes them, and only the first two provinces of
     * the group explained; an organisation named before goes by its abbreviation.
     */
    @Test
    void verschillendeOorzakenTweeZinnenEnNietMeerDanTwee() throws Exception {
        DRIJVERS.put("PV21", List.of(bij("DEF", DEFENSIE, 30), bij("CJIB", CJIB, 10)));
        DRIJVERS.put("PV26", List.of(bij("RWS", RWS, 20), bij("CJIB", CJIB, 5)));
        DRIJVERS.put("PV29", List.of(bij("DEF", DEFENSIE, 25)));
        String tekst = brief(Map.of("PV21", 40, "PV26", 35, "PV29", 30), Map.of(), 78, List.of());
        assertTrue(
                tekst.contains("De groei in Fryslân wordt grotendeels verklaard door een toename bij Defensie (30 fte) "
                        + "en het Centraal Justitieel Incassobureau (CJIB, 10 fte). In Utrecht groeide de "
                        + "rijkswerkgelegenheid met name bij Rijkswaterstaat (RWS, 20 fte) en het CJIB (5 fte)."),
                tekst);
        assertFalse(tekst.contains("Defensie (25 fte)") || tekst.contains("In Zeeland groeide"), tekst);
    }

    /** Several decliners: named in one sentence, the largest first, and the two largest explained. */
    @Test
    void meerdereDalersInEenZin() throws Exception {
        AFNAMES.put("PV24", List.of(bij("TSL", TOESLAGEN, -20), bij("POL", POLITIE, -10)));
        AFNAMES.put("PV20", List.of(bij("POL", POLITIE, -10)));
        String tekst = brief(Map.of("PV24", -30, "PV20", -10, "PV26", -5), Map.of(), 78, List.of());
        assertTrue(
                tekst.contains("In 2080 daalde de rijkswerkgelegenheid in de provincies Flevoland (– 3 procent), "
                        + "Groningen (– 1 procent) en Utrecht (– 0,5 procent)."),
                tekst);
        assertTrue(
                tekst.contains("De daling in Flevoland wordt verklaard door een afname bij Toeslagen (20 fte) en de "
                        + "Nationale Politie (10 fte). De daling in Groningen wordt verklaard door een afname bij de "
                        + "Nationale Politie (10 fte)."),
                tekst);
        assertFalse(tekst.contains("daalde in de provincie "), tekst);
    }

    /**
     * A provisional year made into a letter by exception (issue 31): every page says so at the top, whatever the
     * template, and the letter stays PDF/UA and PDF/A.
     */
    @Test
    void eenVoorlopigJaarZegtHetOpElkePagina() throws Exception {
        jaarstatus = new Jaarstatus(
                2081, false, false, true, 3, 2, List.of("Ministerie van Defensie"), "bzk.directeur", "Kamervragen");
        try {
            brief(Map.of(), Map.of(), 78, List.of());
            int paginas = PdfControle.paginas(laatstePdf);
            assertTrue(paginas > 1);
            for (int pagina = 1; pagina <= paginas; pagina++) {
                String tekst = PdfControle.paginatekst(laatstePdf, pagina);
                assertTrue(tekst.contains("VOORLOPIG: 2 van 3 ministeries goedgekeurd"), pagina + ": " + tekst);
            }
            assertEquals(List.of(), PdfControle.pdfAenUaFouten(laatstePdf));
        } finally {
            jaarstatus = new Jaarstatus(2081, true, false, false, 3, 3, List.of());
        }
        brief(Map.of(), Map.of(), 78, List.of());
        assertFalse(PdfControle.tekst(laatstePdf).contains("VOORLOPIG"), "a definitief year says nothing of the kind");
    }
}
