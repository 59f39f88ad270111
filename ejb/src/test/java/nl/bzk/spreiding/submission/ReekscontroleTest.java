package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.submission.bestand.Bestandsformaat;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
import nl.bzk.spreiding.submission.bestand.Ingelezen;
import nl.bzk.spreiding.submission.bestand.Reekskolommen;
import nl.bzk.spreiding.submission.service.ReeksInvoer;
import nl.bzk.spreiding.submission.service.Reekscontrole;
import org.junit.jupiter.api.Test;

/** The historical series: its file layout and the checks of its lines. */
class ReekscontroleTest {

    private static final Ministerie JENV =
            RegelControleTest.ministerie(1L, "JENV", "Ministerie van Justitie en Veiligheid");
    private static final Ministerie FIN = RegelControleTest.ministerie(2L, "FIN", "Ministerie van Financiën");
    private static final Organisatieonderdeel CJIB =
            RegelControleTest.onderdeel("CJIB", "Centraal Justitieel Incassobureau", JENV, true);
    private static final Organisatieonderdeel OUD = RegelControleTest.onderdeel("OUD", "Opgeheven dienst", JENV, false);
    private static final Organisatieonderdeel BD = RegelControleTest.onderdeel("BD", "Belastingdienst", FIN, true);

    private static Reekscontrole controle() {
        return new Reekscontrole(
                Map.of("CJIB", CJIB, "OUD", OUD, "BD", BD),
                List.of(provincie("PV20", "Groningen"), provincie("PV21", "Fryslân")),
                Set.of(2024, 2025),
                2026);
    }

    private static Provincie provincie(String code, String naam) {
        Provincie p = RegelControleTest.provincie(code);
        RegelControleTest.zet(p, "naam", naam);
        return p;
    }

    private static Ingelezen<ReeksInvoer> csv(String tekst) {
        return Bestandsinlezer.lees(tekst.getBytes(StandardCharsets.UTF_8), Bestandsformaat.CSV, new Reekskolommen());
    }

    @Test
    void eenReeksOverMinisteriesEnJarenMetNamenOfCodesVanProvincies() {
        Ingelezen<ReeksInvoer> bestand = csv("jaar;onderdeel;provincie;gemeente;fte;naam\n"
                + "2018;CJIB;Fryslân;Leeuwarden;1800,5;Centraal Justitieel Incassobureau\n"
                + "2018;bd;pv20;;300;Belastingdienst\n"
                + "2019;OUD;groningen;;12;Opgeheven dienst\n");
        assertEquals(List.of(), bestand.fouten());
        Reekscontrole.Uitkomst u = controle().controleer(bestand.regels());
        assertEquals(List.of(), u.bevindingen());
        assertEquals(3, u.regels().size());
        Reekscontrole.GoedeReeksregel eerste = u.regels().get(0);
        assertEquals(2018, eerste.jaar());
        assertEquals("PV21", eerste.provincie().getCode());
        assertEquals("Leeuwarden", eerste.gemeente());
        assertEquals(0, new BigDecimal("1800.5").compareTo(eerste.fte()));
        assertEquals(FIN, u.regels().get(1).onderdeel().getMinisterie(), "the unit decides the ministry");
        assertEquals(OUD, u.regels().get(2).onderdeel(), "a unit no longer active existed then");
    }

    @Test
    void elkeFoutMetRijEnKolom() {
        Reekscontrole.Uitkomst u = controle()
                .controleer(List.of(
                        new ReeksInvoer(1, "", "CJIB", "PV21", "", "1"),
                        new ReeksInvoer(2, "18", "CJIB", "PV21", "", "1"),
                        new ReeksInvoer(3, "1989", "CJIB", "PV21", "", "1"),
                        new ReeksInvoer(4, "2027", "CJIB", "PV21", "", "1"),
                        new ReeksInvoer(5, "2025", "CJIB", "PV21", "", "1"),
                        new ReeksInvoer(6, "2018", "XYZ", "PV21", "", "1"),
                        new ReeksInvoer(7, "2018", "CJIB", "Friesland", "", "1"),
                        new ReeksInvoer(8, "2018", "CJIB", "PV21", "", "-3"),
                        new ReeksInvoer(9, "2018", "CJIB", "PV20", "", "1"),
                        new ReeksInvoer(10, "2018", "CJIB", "Groningen", "", "2")));
        assertEquals(
                List.of(
                        "Rij 1, kolom jaar: is verplicht",
                        "Rij 2, kolom jaar: '18' is geen jaartal (vier cijfers, zoals 2018)",
                        "Rij 3, kolom jaar: '1989' ligt niet tussen 1990 en 2026; de historische reeks gaat over 1 januari van voorbije jaren",
                        "Rij 4, kolom jaar: '2027' ligt niet tussen 1990 en 2026; de historische reeks gaat over 1 januari van voorbije jaren",
                        "Rij 5, kolom jaar: '2025' heeft een inventarisatieronde; de cijfers van 2025 komen uit de aanleveringen van de ministeries, niet uit de historische reeks",
                        "Rij 6, kolom onderdeel: 'XYZ' is geen bekende code van een organisatieonderdeel; voeg een onderdeel dat niet meer bestaat eerst toe bij de referentiegegevens (het mag inactief zijn)",
                        "Rij 7, kolom provincie: 'Friesland' is geen bekende provincie (naam zoals Groningen of code PV20 t/m PV31, of NTD voor niet toe te delen)",
                        "Rij 8, kolom fte: '-3' mag niet negatief zijn",
                        "Rij 10, kolom onderdeel: 'CJIB' staat dubbel: hetzelfde jaar, onderdeel en dezelfde provincie staan al in rij 9"),
                u.bevindingen().stream().map(Bevinding::tekst).toList());
        assertEquals(1, u.regels().size(), "only row 9 passed");
    }

    @Test
    void deKopregelNoemtDeVerplichteKolommen() {
        Ingelezen<ReeksInvoer> bestand = csv("onderdeel;provincie;fte;prognose_2019\nCJIB;PV21;1;1\n");
        assertEquals(
                List.of(
                        "kolom prognose_2019: is geen bekende kolom; verwacht worden jaar, onderdeel, provincie, gemeente, fte",
                        "kolom jaar: ontbreekt in de kopregel (eerste regel van het bestand)"),
                bestand.fouten().stream().map(Bevinding::tekst).toList());
        assertTrue(bestand.regels().isEmpty());
    }
}
