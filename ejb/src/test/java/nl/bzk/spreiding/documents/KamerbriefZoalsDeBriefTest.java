package nl.bzk.spreiding.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.documents.service.Momentopname;
import nl.bzk.spreiding.documents.service.MomentopnameOpbouw;
import nl.bzk.spreiding.documents.service.StandaardSjablonen;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dashboard.Bijdrage;
import nl.bzk.spreiding.referentie.entity.Benaming;
import org.junit.jupiter.api.Test;

/**
 * The default Kamerbrief on figures like those of the seed letter (kamerbrief-stand-spreiding-2025), written out here
 * by hand: its figure sentences come out with the letter's numbers and names.
 *
 * <pre>
 * landelijk 353.797 -> 367.131 (+13.334 fte, 3,8 procent); Randstad 79,6 procent of the growth ("bijna 80 procent")
 * Fryslân 10.000 -> 10.940 (9,4 procent): CJIB +323, Defensie +141, Nationale Politie +80, COA +52
 * Zeeland 5.000 -> 5.245 (4,9 procent): Defensie +64, RWS +39, COA +22 (COA mentioned before: "het COA")
 * Flevoland 10.000 -> 9.860 (– 1,4 procent): Toeslagen –65, UWV –58, Nationale Politie –50
 * prognosis to 2029: + 0,8 procent
 * </pre>
 */
class KamerbriefZoalsDeBriefTest {

    private static final Momentopname.Briefhoofd BRIEFHOOFD = new Momentopname.Briefhoofd(
            List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Postbus 20011", "2500 EA  Den Haag"),
            List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA  Den Haag"),
            null,
            null);

    private static final Benaming CJIB = new Benaming("Centraal Justitieel Incassobureau", "CJIB", "het");
    private static final Benaming DEFENSIE = new Benaming("Defensie", null, null);
    private static final Benaming POLITIE = new Benaming("Nationale Politie", null, "de");
    private static final Benaming COA = new Benaming("Centraal Orgaan opvang asielzoekers", "COA", "het");
    private static final Benaming RWS = new Benaming("Rijkswaterstaat", "RWS", null);
    private static final Benaming TOESLAGEN = new Benaming("Toeslagen", null, null);
    private static final Benaming UWV = new Benaming("Uitvoeringsinstituut Werknemersverzekeringen", "UWV", "het");

    private static Map<String, Object> momentopname() {
        List<Regel> provincies = Cijferoverzicht.regels(
                Map.of("PV21", bd(10940), "PV29", bd(5245), "PV24", bd(9860)),
                Map.of("PV21", bd(10000), "PV29", bd(5000), "PV24", bd(10000)));
        BigDecimal landelijk = new BigDecimal("3.77");
        Map<String, List<Bijdrage>> bijdragen = Map.of(
                "PV21",
                        List.of(
                                b("CJIB", CJIB, 323),
                                b("DEFENSIE", DEFENSIE, 141),
                                b("POLITIE", POLITIE, 80),
                                b("COA", COA, 52)),
                "PV29", List.of(b("DEFENSIE", DEFENSIE, 64), b("RWS", RWS, 39), b("COA", COA, 22)),
                "PV24", List.of(b("TSL", TOESLAGEN, -65), b("UWV", UWV, -58), b("POLITIE", POLITIE, -50)));
        Map<String, String> namen = Map.of("PV21", "Fryslân", "PV29", "Zeeland", "PV24", "Flevoland");
        List<Dashboard.ProvincieBeeld> beelden = provincies.stream()
                .map(r -> new Dashboard.ProvincieBeeld(
                        r,
                        namen.get(r.sleutel()),
                        r.sleutel().equals("PV24"),
                        r.ditJaar(),
                        BigDecimal.ZERO,
                        r.groeiProcent().compareTo(landelijk) >= 0,
                        r.groei().signum() > 0 ? bijdragen.get(r.sleutel()) : List.of(),
                        r.groei().signum() < 0 ? bijdragen.get(r.sleutel()) : List.of(),
                        List.of(),
                        List.of()))
                .toList();
        Dashboard.Beeld beeld = new Dashboard.Beeld(
                2025,
                2024,
                null,
                bd(367131),
                bd(353797),
                bd(13334),
                landelijk,
                new BigDecimal("79.6"),
                bd(370068),
                new BigDecimal("0.8"),
                2029,
                beelden,
                List.of(),
                List.of(),
                List.of(),
                new nl.bzk.spreiding.figures.service.Jaarstatus(2025, true, false, false, 1, 1, List.of()));
        return Momentopname.voorSjabloon(MomentopnameOpbouw.momentopname(
                        MomentopnameOpbouw.document(
                                new Documentgenerator.Verzoek(
                                        Documentsoort.KAMERBRIEF,
                                        2025,
                                        "2025",
                                        null,
                                        "29 697, nr. 160",
                                        "2024-2025",
                                        null,
                                        LocalDate.of(2025, 6, 20),
                                        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                                        "F. Rijkaart",
                                        null),
                                "test",
                                BRIEFHOOFD),
                        MomentopnameOpbouw.cijfers(beeld, Map.of(), Map.of(), Set.of("PV21", "PV29", "PV24")),
                        null,
                        new Momentopname.Actieplanstand(
                                new Momentopname.Periode("2025", "1 september 2025"), List.of(), List.of()),
                        List.of(),
                        null)
                .naarJson());
    }

    @Test
    void deFigurenZinnenVanDeBrief() throws Exception {
        byte[] pdf = Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(Documentsoort.KAMERBRIEF),
                        momentopname(),
                        Provinciegeometrie.schematisch(),
                        OffsetDateTime.parse("2025-06-20T10:00:00+02:00"))
                .pdf();
        String tekst = PdfControle.tekst(pdf);
        for (String zin : List.of(
                "De totale rijkswerkgelegenheid is in 2024 gegroeid tot 367.131 fte op 1 januari 2025. Dit is een groei van 3,8 procent (13.334 fte)",
                "Het grootste deel (bijna 80 procent) van de groei in 2024 vond plaats in de Randstad.",
                "De groei in Fryslân wordt grotendeels verklaard door een toename bij het Centraal Justitieel Incassobureau (CJIB, 323 fte), "
                        + "Defensie (141 fte), de Nationale Politie (80 fte) en het Centraal Orgaan opvang asielzoekers (COA, 52 fte).",
                "Defensie (64 fte), Rijkswaterstaat (RWS, 39 fte) en het COA (22 fte).",
                "In 2024 daalde in de provincie Flevoland de rijkswerkgelegenheid met 1,4 procent. De daling wordt verklaard door een afname "
                        + "bij Toeslagen (65 fte), het Uitvoeringsinstituut Werknemersverzekeringen (UWV, 58 fte) en de Nationale Politie (50 fte).",
                "Prognose 2025 – 2029",
                "laat de prognose tot 2029 een groei van de rijkswerkgelegenheid zien van 0,8 procent",
                "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, F. Rijkaart")) {
            assertTrue(tekst.contains(zin), "\n" + zin + "\nin\n" + tekst);
        }
        for (String code : List.of(" DEF ", "DEFENSIE", "POLITIE", " TSL", "PV2", "…")) {
            assertTrue(!tekst.contains(code), code + " in " + tekst);
        }
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
    }

    private static Bijdrage b(String code, Benaming benaming, int fte) {
        return new Bijdrage(code, benaming, bd(fte));
    }

    private static BigDecimal bd(int waarde) {
        return BigDecimal.valueOf(waarde);
    }
}
