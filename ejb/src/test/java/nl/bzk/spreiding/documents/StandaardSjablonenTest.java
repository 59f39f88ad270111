package nl.bzk.spreiding.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Logo;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.documents.service.Dossierinhoud;
import nl.bzk.spreiding.documents.service.Momentopname;
import nl.bzk.spreiding.documents.service.MomentopnameOpbouw;
import nl.bzk.spreiding.documents.service.StandaardSjablonen;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dimensie;
import nl.bzk.spreiding.referentie.entity.Benaming;
import org.junit.jupiter.api.Test;

/**
 * The shipped templates against a small figure set without a server: Fryslân is the only province above the
 * national growth (singular wording), Utrecht declines, and every template yields a PDF/UA-1 + PDF/A-2a document.
 */
public class StandaardSjablonenTest {

    private static final Momentopname.Briefhoofd BRIEFHOOFD = new Momentopname.Briefhoofd(
            List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Postbus 20011", "2500 EA  Den Haag"),
            List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA  Den Haag"),
            null,
            null);

    private static Momentopname momentopname(Dossierinhoud dossier) {
        return momentopname(dossier, BRIEFHOOFD);
    }

    private static Momentopname momentopname(Dossierinhoud dossier, Momentopname.Briefhoofd briefhoofd) {
        List<Regel> provincies = Cijferoverzicht.regels(
                Map.of("PV21", bd(423), "PV22", bd(744), "PV26", bd(460), "PV28", bd(1800)),
                Map.of("PV21", bd(100), "PV22", bd(700), "PV26", bd(500), "PV28", bd(1700)));
        BigDecimal landelijk = Cijferoverzicht.regels(Map.of("T", bd(3427)), Map.of("T", bd(3000)))
                .get(0)
                .groeiProcent();
        List<Dashboard.ProvincieBeeld> beelden = provincies.stream()
                .map(r -> new Dashboard.ProvincieBeeld(
                        r,
                        naam(r.sleutel()),
                        Set.of("PV26", "PV28").contains(r.sleutel()),
                        r.ditJaar(),
                        BigDecimal.ZERO,
                        r.groeiProcent().compareTo(landelijk) >= 0,
                        r.sleutel().equals("PV21")
                                ? List.of(new Dashboard.Bijdrage(
                                        "CJIB",
                                        new Benaming("Centraal Justitieel Incassobureau", "CJIB", "het"),
                                        bd(323)))
                                : List.of(),
                        r.sleutel().equals("PV26")
                                ? List.of(new Dashboard.Bijdrage(
                                        "BD", new Benaming("Belastingdienst", null, "de"), bd(-40)))
                                : List.of(),
                        List.of(),
                        List.of()))
                .toList();
        Dashboard.Beeld beeld = new Dashboard.Beeld(
                2081,
                2080,
                null,
                bd(3427),
                bd(3000),
                bd(427),
                landelijk,
                Cijferoverzicht.aandeelGroei(provincies, Set.of("PV26", "PV28"), bd(427)),
                bd(3427),
                BigDecimal.ZERO,
                2086,
                beelden,
                List.of(),
                List.of(),
                List.of(Cijferoverzicht.nietAchterblijven(
                        "motie-De Vries",
                        "Blijven niet achter bij de landelijke ontwikkeling",
                        provincies,
                        Set.of("PV21", "PV22"),
                        landelijk)),
                new nl.bzk.spreiding.figures.service.Jaarstatus(2025, true, false, false, 1, 1, List.of()));
        return MomentopnameOpbouw.momentopname(
                MomentopnameOpbouw.document(
                        new Documentgenerator.Verzoek(
                                Documentsoort.KAMERBRIEF,
                                2081,
                                "2025",
                                null,
                                "29 697, nr. 170",
                                "2081-2082",
                                "2081-0001",
                                LocalDate.of(2081, 5, 20),
                                "De Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                                null,
                                dossier),
                        "test",
                        briefhoofd),
                MomentopnameOpbouw.cijfers(beeld, Map.of(), Map.of(), Set.of("PV21", "PV22", "PV26", "PV28")),
                ontwikkeling(),
                new Momentopname.Actieplanstand(
                        new Momentopname.Periode("2025", "1 september 2025"),
                        List.of(new Momentopname.Maatregelstand(
                                "1a",
                                "Profielen",
                                "Kansen per provincie",
                                List.of("Overleg met provincies"),
                                "Lopend",
                                List.of("Profielen ontvangen"),
                                null)),
                        List.of(new Momentopname.Standtelling("Lopend", 1))),
                List.of(),
                dossier);
    }

    /** Four years, the first two from the historical series (2079 without Utrecht), and one after the letter's year. */
    static Momentopname.Ontwikkelingsbeeld ontwikkeling() {
        return MomentopnameOpbouw.ontwikkeling(
                2081,
                new Dashboard.Ontwikkeling(
                        Dimensie.PROVINCIE,
                        List.of(2078, 2079, 2080, 2081, 2082),
                        List.of(
                                new Dashboard.Reeks(
                                        "PV21", "Fryslân", Arrays.asList(bd(80), bd(90), bd(100), bd(423), bd(430))),
                                new Dashboard.Reeks(
                                        "PV26",
                                        "Utrecht",
                                        Arrays.asList(bd(2700), null, bd(2900), bd(3004), bd(3100)))),
                        List.of()),
                new TreeMap<>(Map.of(2078, bd(2780), 2079, bd(2800), 2080, bd(3000), 2081, bd(3427), 2082, bd(3530))),
                Set.of(2078, 2079));
    }

    @Test
    void bijlageEenToontDeOntwikkelingSindsHetBeginVanDeReeks() throws Exception {
        String tekst = PdfControle.tekst(maak(Documentsoort.BIJLAGE_1_CIJFERS));
        assertTrue(tekst.contains("Tabel 5: Ontwikkeling van de rijkswerkgelegenheid sinds 1 januari 2078"), tekst);
        // the historical years are marked and explained; growth in fte and percent, with the sign of a decline
        assertTrue(tekst.contains("1 januari 2078 * 2.780 – –"), tekst);
        assertTrue(tekst.contains("1 januari 2081 3.427 427 14,2"), tekst);
        assertTrue(tekst.contains("* Historische reeks"), tekst);
        // per province the years up to the letter's (not 2082), a gap as a dash
        assertTrue(tekst.contains("Utrecht 2.700 – 2.900 3.004"), tekst);
        assertFalse(tekst.contains("3.530"), tekst);
    }

    /** Issue 31: percentages in the tables always with one decimal, so a column reads evenly ("8,0", not "8"). */
    @Test
    void procentenInDeTabellenMetEenDecimaal() throws Exception {
        String tekst = PdfControle.tekst(maak(Documentsoort.BIJLAGE_1_CIJFERS));
        assertTrue(tekst.contains("Fryslân 100 423 323 323,0"), tekst);
        assertTrue(tekst.contains("Utrecht (Randstad) 500 460 – 40 – 8,0"), tekst);
        assertTrue(tekst.contains("Totaal 3.000 3.427 427 14,2"), tekst);
    }

    /** The snapshot as stored and read back: the tree a template sees. */
    private static Map<String, Object> voorSjabloon(Dossierinhoud dossier) {
        return Momentopname.voorSjabloon(momentopname(dossier).naarJson());
    }

    private static byte[] kamerbrief(Momentopname m) {
        return Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(Documentsoort.KAMERBRIEF),
                        Momentopname.voorSjabloon(m.naarJson()),
                        Provinciegeometrie.schematisch(),
                        OffsetDateTime.parse("2081-05-20T10:00:00+02:00"))
                .pdf();
    }

    /**
     * Issue 31: the Kamerbrief has the form of a Rijksoverheid letter: the sender block and "Ons kenmerk" in the side
     * column, the addressee and Datum / Betreft top left; on every later page the reference with "Pagina x van y".
     */
    @Test
    void kamerbriefHeeftDeVormVanEenBriefAanDeKamer() throws Exception {
        Momentopname m = momentopname(new Dossierinhoud(
                Map.of(), List.of(), "Stand van zaken spreiding rijkswerkgelegenheid 2081 en de casussen"));
        byte[] pdf = kamerbrief(m);
        String eerste = PdfControle.paginatekst(pdf, 1);
        for (String deel : List.of(
                "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "Postbus 20011",
                "Ons kenmerk 2081-0001",
                "Bijlagen 2",
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Postbus 20018 2500 EA Den Haag",
                "Datum 20 mei 2081",
                "Betreft Stand van zaken spreiding rijkswerkgelegenheid 2081 en de casussen",
                "Pagina 1 van")) {
            assertTrue(eerste.contains(deel), deel + " in: " + eerste);
        }
        assertTrue(PdfControle.paginas(pdf) > 1);
        String tweede = PdfControle.paginatekst(pdf, 2);
        assertTrue(tweede.contains("Ons kenmerk 2081-0001") && tweede.contains("Pagina 2 van"), tweede);
        assertFalse(tweede.contains("Postbus 20011") || tweede.contains("Aan de Voorzitter"), tweede);
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
    }

    /**
     * Issue 31: a configured logo (here a PNG with transparency) stands in the top margin of the letter's first page as
     * a Figure with its text alternative, in the snapshot, so the letter stays PDF/UA-1 and PDF/A-2a; without one the
     * letter has no picture at all.
     */
    @Test
    void eenGeconfigureerdLogoStaatBovenaanDeBriefAlsFiguurMetTekst() throws Exception {
        BufferedImage beeld = new BufferedImage(300, 110, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = beeld.createGraphics();
        g.setColor(new Color(0x15, 0x42, 0x73));
        g.fillRect(140, 0, 20, 110);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(beeld, "png", png);
        Logo logo = new Logo(png.toByteArray(), "Logo Rijksoverheid");
        Momentopname m = momentopname(
                null,
                new Momentopname.Briefhoofd(
                        BRIEFHOOFD.afzender(), BRIEFHOOFD.geadresseerde(), logo.base64(), logo.tekst()));
        // through the stored form, as a draft is signed later from its snapshot
        byte[] pdf = kamerbrief(Momentopname.lees(m.naarJson()));
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
        assertTrue(
                PdfControle.structuur(pdf).stream()
                        .anyMatch(r -> r.strip().startsWith("Figure alt=\"Logo Rijksoverheid\"")),
                String.join("\n", PdfControle.structuur(pdf)));
        assertEquals(1, PdfControle.afbeeldingen(pdf, 1));
        assertEquals(0, PdfControle.afbeeldingen(pdf, 2));
        byte[] zonder = kamerbrief(momentopname(null));
        assertEquals(0, PdfControle.afbeeldingen(zonder, 1));
        assertFalse(PdfControle.structuur(zonder).stream().anyMatch(r -> r.contains("Logo")));
    }

    /** What is not a small PNG is refused when it is read, with the reason, before any letter uses it. */
    @Test
    void eenLogoDatGeenKleinePngIsWordtGeweigerd() throws Exception {
        IllegalArgumentException jpeg = assertThrows(
                IllegalArgumentException.class,
                () -> new Logo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0}, "Logo"));
        assertEquals("Het logo is geen PNG-bestand", jpeg.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Logo(new byte[Logo.MAX_BYTES + 1], "Logo"));
        BufferedImage groot = new BufferedImage(2_001, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(groot, "png", png);
        IllegalArgumentException teGroot =
                assertThrows(IllegalArgumentException.class, () -> new Logo(png.toByteArray(), "Logo"));
        assertTrue(teGroot.getMessage().contains("2001 bij 10 pixels"), teGroot.getMessage());
        BufferedImage klein = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream goed = new ByteArrayOutputStream();
        ImageIO.write(klein, "png", goed);
        assertThrows(IllegalArgumentException.class, () -> new Logo(goed.toByteArray(), " "));
    }

    /** A letter whose date is left open says so until it is signed; signing dates it once, a chosen date stays. */
    @Test
    void eenOpenDatumWordtDeDatumVanOndertekening() throws Exception {
        Momentopname gedateerd = momentopname(null);
        assertSame(gedateerd, gedateerd.gedateerd("3 juni 2081"));
        Momentopname open = new Momentopname(
                gedateerd.versie(),
                gedateerd.document().gedateerd(""),
                gedateerd.cijfers(),
                gedateerd.actieplan(),
                gedateerd.casussen(),
                gedateerd.teksten(),
                gedateerd.route(),
                gedateerd.ontwikkeling());
        assertTrue(PdfControle.paginatekst(kamerbrief(open), 1).contains("Datum (datum van ondertekening)"));
        Momentopname getekend = open.gedateerd("3 juni 2081");
        assertEquals("3 juni 2081", getekend.document().datum());
        assertTrue(PdfControle.paginatekst(kamerbrief(getekend), 1).contains("Datum 3 juni 2081"));
        assertSame(getekend, getekend.gedateerd("4 juni 2081"));
    }

    @Test
    void kamerbriefSchrijftDeCijfersZoalsDeBrief() throws Exception {
        byte[] pdf = maak(Documentsoort.KAMERBRIEF);
        String tekst = PdfControle.tekst(pdf);
        assertTrue(
                tekst.contains(
                        "is in 2080 gegroeid tot 3.427 fte op 1 januari 2081. Dit is een groei van 14,2 procent (427 fte)"),
                tekst);
        assertTrue(tekst.contains("De provincie Fryslân (323 procent) laat een groei zien"), tekst);
        assertTrue(tekst.contains("daalde in de provincie Utrecht de rijkswerkgelegenheid met 8 procent"), tekst);
        assertTrue(tekst.contains("Er zijn op dit moment geen casussen in behandeling."), tekst);
    }

    @Test
    void elkStandaardsjabloonGeeftEenPdfA() throws Exception {
        for (Documentsoort soort : Documentsoort.values()) {
            assertEquals(List.of(), PdfControle.pdfAenUaFouten(maak(soort)), soort.name());
        }
    }

    @Test
    void tekstblokkenEnParafenVanHetBriefdossier() throws Exception {
        Dossierinhoud inhoud = new Dossierinhoud(
                Map.of(
                        "casussen",
                        List.of("Een casus in Groningen."),
                        "stipOpDeHorizon",
                        List.of("Eerste alinea.", "Tweede alinea."),
                        "aanleiding",
                        List.of("Eigen aanleiding."),
                        "kern",
                        List.of(),
                        "toelichting",
                        List.of("Eigen toelichting."),
                        "uitvoering",
                        List.of("De leidraad wordt periodiek bijgesteld.")),
                List.of(
                        new Dossierinhoud.Paraaf("Afdelingshoofd", "Sanne Bakker", LocalDate.of(2081, 5, 21)),
                        new Dossierinhoud.Paraaf("Directeur", null, null)));
        Map<String, Object> gegevens = voorSjabloon(inhoud);
        OffsetDateTime moment = OffsetDateTime.parse("2081-05-20T10:00:00+02:00");
        byte[] brief = Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(Documentsoort.KAMERBRIEF),
                        gegevens,
                        Provinciegeometrie.schematisch(),
                        moment)
                .pdf();
        String briefTekst = PdfControle.tekst(brief);
        assertTrue(
                briefTekst.contains("Een casus in Groningen.")
                        && briefTekst.contains("Stip op de horizon")
                        && briefTekst.contains("Tweede alinea."),
                briefTekst);
        byte[] nota = Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(Documentsoort.BESLISNOTA),
                        gegevens,
                        Provinciegeometrie.schematisch(),
                        moment)
                .pdf();
        String notaTekst = PdfControle.tekst(nota);
        assertTrue(
                notaTekst.contains("Eigen aanleiding.") && !notaTekst.contains("Jaarlijks wordt uw Kamer"), notaTekst);
        assertTrue(notaTekst.contains("Eigen toelichting."), notaTekst);
        // A closing section with the drafter's text replaces the standard one; the others keep theirs (issue 31).
        assertTrue(
                notaTekst.contains("Uitvoering De leidraad wordt periodiek bijgesteld.")
                        && !notaTekst.contains("Niet van toepassing.")
                        && notaTekst.contains("Financiële overwegingen Aan deze brief zijn geen financiële gevolgen")
                        && notaTekst.contains("Informatie die niet openbaar gemaakt kan worden Geen."),
                notaTekst);
        assertTrue(
                notaTekst.contains("Afdelingshoofd Sanne Bakker 21 mei 2081")
                        && notaTekst.contains("Directeur nog niet geparafeerd"),
                notaTekst);
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(brief));
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(nota));
        // Without a dossier the standard text stays and there is no paraaf block.
        String standaard = PdfControle.tekst(maak(Documentsoort.BESLISNOTA));
        assertTrue(standaard.contains("Jaarlijks wordt uw Kamer") && !standaard.contains("Parafen"), standaard);
        assertTrue(standaard.contains("Uitvoering Niet van toepassing."), standaard);
    }

    /** A document of this type from the shipped template and the small hand-computed set above. */
    public static byte[] maak(Documentsoort soort) {
        return Documentopmaak.maak(
                        StandaardSjablonen.standaardTekst(soort),
                        voorSjabloon(null),
                        Provinciegeometrie.schematisch(),
                        OffsetDateTime.parse("2081-05-20T10:00:00+02:00"))
                .pdf();
    }

    private static BigDecimal bd(int waarde) {
        return BigDecimal.valueOf(waarde);
    }

    private static String naam(String code) {
        return switch (code) {
            case "PV21" -> "Fryslân";
            case "PV22" -> "Drenthe";
            case "PV26" -> "Utrecht";
            default -> "Zuid-Holland";
        };
    }
}
