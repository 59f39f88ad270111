package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.referentie.entity.Benaming;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.submission.service.Invoergrenzen;
import nl.bzk.spreiding.submission.service.RegelControle;
import nl.bzk.spreiding.submission.service.RegelInvoer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checks every submission line passes, whatever path it came by (grid, API, CSV, XLSX). */
class RegelControleTest {

    private static final Ministerie JENV = ministerie(1L, "JENV", "Ministerie van Justitie en Veiligheid");
    private static final Ministerie FIN = ministerie(2L, "FIN", "Ministerie van Financiën");
    private static final Organisatieonderdeel CJIB = onderdeel("CJIB", "Centraal Justitieel Incassobureau", JENV, true);
    private static final Organisatieonderdeel DJI = onderdeel("DJI", "Dienst Justitiële Inrichtingen", JENV, true);
    private static final Organisatieonderdeel OUD = onderdeel("OUD", "Opgeheven dienst", JENV, false);
    private static final Organisatieonderdeel BD = onderdeel("BD", "Belastingdienst", FIN, true);

    private static RegelControle controle() {
        return new RegelControle(
                JENV,
                Map.of("CJIB", CJIB, "DJI", DJI, "OUD", OUD, "BD", BD),
                Map.of("PV21", provincie("PV21"), "PV22", provincie("PV22")),
                new int[] {2026, 2027});
    }

    private static RegelInvoer regel(
            int rij, String onderdeel, String provincie, String gemeente, String fte, String... prognose) {
        // Every prognosis year is required; a line without given values gets 10 fte for each.
        List<String> jaren = prognose.length == 0 ? List.of("10", "10") : List.of(prognose);
        return new RegelInvoer(rij, onderdeel, provincie, gemeente, fte, jaren, null);
    }

    @Test
    void eenGoedeRegelKomtDoorMetDeGegevensOpgezocht() {
        RegelControle.Uitkomst u = controle()
                .controleer(
                        List.of(new RegelInvoer(1, " cjib ", "pv21", null, "323,5", List.of("330", "331,25"), "  ")));
        assertTrue(u.isGoed(), u.bevindingen().toString());
        RegelControle.GoedeRegel r = u.regels().get(0);
        assertEquals("CJIB|PV21", r.sleutel());
        assertEquals("", r.gemeente());
        assertEquals(0, new BigDecimal("323.5").compareTo(r.fte()));
        assertEquals(2, r.prognose().size());
        assertEquals(0, new BigDecimal("331.25").compareTo(r.prognose().get(1)));
        assertNull(r.toelichting(), "a blank explanation is no explanation");
        assertEquals(List.of("prognose_2026", "prognose_2027"), controle().getPrognoseKolommen());
        RegelControle.Uitkomst zonder = controle().controleer(List.of(regel(2, "CJIB", "PV22", null, "1", "1", "")));
        assertEquals("prognose_2027", zonder.bevindingen().get(0).kolom(), "every prognosis year is required");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "onderdeel ontbreekt       |      | PV21 | 10   | onderdeel | is verplicht",
                "onbekend onderdeel        | XYZ  | PV21 | 10   | onderdeel | is geen bekende code van een organisatieonderdeel",
                "onderdeel van een ander   | BD   | PV21 | 10   | onderdeel | hoort bij Ministerie van Financiën, niet bij Ministerie van Justitie en Veiligheid; lever alleen onderdelen van uw eigen ministerie aan",
                "opgeheven onderdeel       | OUD  | PV21 | 10   | onderdeel | is niet meer actief",
                "provincie ontbreekt       | CJIB |      | 10   | provincie | is verplicht (PV20 t/m PV31, of NTD voor niet toe te delen)",
                "onbekende provincie       | CJIB | PV99 | 10   | provincie | is geen bekende provinciecode (PV20 t/m PV31, of NTD voor niet toe te delen)",
            })
    void elkeFoutNoemtRijKolomEnWaarde(
            String wat, String onderdeel, String provincie, String fte, String kolom, String melding) {
        RegelControle.Uitkomst u = controle().controleer(List.of(regel(7, onderdeel, provincie, null, fte)));
        assertEquals(List.of(), u.regels(), wat + ": a line with a fault is not taken");
        assertEquals(1, u.bevindingen().size(), u.bevindingen().toString());
        Bevinding b = u.bevindingen().get(0);
        assertEquals(7, b.rij());
        assertEquals(kolom, b.kolom());
        assertEquals(melding, b.melding());
    }

    @Test
    void eenOngeldigGetalWordtBijZijnKolomGemeld() {
        RegelControle.Uitkomst u = controle().controleer(List.of(regel(3, "CJIB", "PV21", null, "tien", "12", "x")));
        assertEquals(
                List.of("fte", "prognose_2027"),
                u.bevindingen().stream().map(Bevinding::kolom).toList());
        assertEquals("tien", u.bevindingen().get(0).waarde());
    }

    @Test
    void eenDubbeleRegelVerwijstNaarDeEerste() {
        RegelControle.Uitkomst u = controle()
                .controleer(List.of(
                        regel(1, "DJI", "PV22", "Assen", "20"),
                        regel(2, "DJI", "PV22", "Veenhuizen", "5"),
                        regel(3, "dji", "PV22", "assen", "1")));
        assertEquals(2, u.regels().size());
        assertEquals(1, u.bevindingen().size());
        assertEquals(3, u.bevindingen().get(0).rij());
        assertEquals(
                "staat dubbel: dezelfde combinatie van onderdeel, provincie en gemeente staat al in rij 1",
                u.bevindingen().get(0).melding());
    }

    @Test
    void meerPrognosejarenDanDeRondeVraagt() {
        RegelControle.Uitkomst u =
                controle().controleer(List.of(regel(2, "CJIB", "PV21", null, "10", "11", "12", "13")));
        assertEquals(
                "bevat 3 jaren, deze ronde vraagt een prognose voor 2 jaar (2026, 2027)",
                u.bevindingen().get(0).melding());
        // Empty extra columns (a wider file template) are no fault.
        assertTrue(controle()
                .controleer(List.of(regel(2, "CJIB", "PV21", null, "10", "11", "12", " ")))
                .isGoed());
    }

    @Test
    void teVeelRijenIsEenBevindingVoordatEenRijWordtBekeken() {
        List<RegelInvoer> veel = new ArrayList<>();
        for (int i = 1; i <= Invoergrenzen.MAX_RIJEN + 1; i++) {
            veel.add(regel(i, "XYZ", "PV99", null, "nee"));
        }
        RegelControle.Uitkomst u = controle().controleer(veel);
        assertEquals(1, u.bevindingen().size());
        assertEquals(Invoergrenzen.teVeelRijen(), u.bevindingen().get(0).melding());
    }

    static Ministerie ministerie(long id, String code, String naam) {
        Ministerie m = new Ministerie();
        zet(m, "id", id);
        zet(m, "code", code);
        zet(m, "naam", naam);
        return m;
    }

    static Provincie provincie(String code) {
        Provincie p = new Provincie();
        zet(p, "code", code);
        return p;
    }

    static Organisatieonderdeel onderdeel(String code, String naam, Ministerie ministerie, boolean actief) {
        Organisatieonderdeel o = new Organisatieonderdeel(code, Benaming.van(naam, code, "het"), ministerie, null);
        zet(o, "actief", actief);
        return o;
    }

    static void zet(Object o, String veld, Object waarde) {
        try {
            Field f = o.getClass().getDeclaredField(veld);
            f.setAccessible(true);
            f.set(o, waarde);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
