package nl.bzk.spreiding.it;

import static nl.bzk.spreiding.it.Aanleverproces.regel;
import static nl.bzk.spreiding.it.Aanleverproces.versie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The submission workflow, isolation between ministries and the figure rules, in the real server. Each test uses its own round. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AanleveringIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private Aanleverproces proces;

    @BeforeEach
    void proces() {
        proces = new Aanleverproces(basis);
    }

    @Test
    void volledigeWorkflowMetTerugsturenEnGoedkeuren() {
        proces.openRonde(2040, 30);
        Api jenv = proces.jenv();
        JsonObject aanlevering = proces.begin(jenv, 2040);
        long id = aanlevering.getJsonNumber("id").longValue();
        assertEquals("CONCEPT", aanlevering.getString("status"));
        assertEquals(
                id,
                proces.begin(jenv, 2040).getJsonNumber("id").longValue(),
                "tweede keer beginnen geeft dezelfde aanlevering");

        Api.Antwoord regels = proces.zetRegels(
                jenv,
                id,
                versie(aanlevering),
                regel("CJIB", "PV21", "55.5", null),
                regel("DJI", "PV22", "20.25", null));
        assertEquals(200, regels.status(), regels.body());
        assertEquals(
                new BigDecimal("75.75"),
                regels.object().getJsonNumber("totaalDitJaar").bigDecimalValue());

        Api.Antwoord ingediend = proces.dienIn(jenv, id);
        assertEquals(200, ingediend.status(), ingediend.body());
        assertEquals("INGEDIEND", ingediend.object().getString("status"));
        assertFalse(ingediend.object().getBoolean("teLaat"));

        // Double submit: same answer, no second transition in the audit trail.
        long audits = TestDatabase.getal(
                "SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Aanlevering' AND entiteit_id = ?",
                String.valueOf(id));
        Api.Antwoord nogmaals = jenv.post("api/aanleveringen/" + id + "/indienen", "{\"versie\":0}");
        assertEquals(200, nogmaals.status(), nogmaals.body());
        assertEquals("INGEDIEND", nogmaals.object().getString("status"));
        assertEquals(
                audits,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Aanlevering' AND entiteit_id = ?",
                        String.valueOf(id)));

        // Filed: the ministry cannot change it now.
        Api.Antwoord teLaat = proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "1", null));
        assertEquals(409, teLaat.status());

        Api bzk = proces.bzk();
        Api.Antwoord zonderOpmerking =
                bzk.post("api/aanleveringen/" + id + "/terugsturen", "{\"versie\":" + proces.versie(bzk, id) + "}");
        assertEquals(400, zonderOpmerking.status());
        Api.Antwoord terug = bzk.post(
                "api/aanleveringen/" + id + "/terugsturen",
                "{\"versie\":" + proces.versie(bzk, id) + ",\"opmerking\":\"DJI Drenthe lijkt te hoog\"}");
        assertEquals(200, terug.status(), terug.body());
        assertEquals("TERUGGESTUURD", terug.object().getString("status"));
        assertEquals(
                "DJI Drenthe lijkt te hoog",
                proces.detail(jenv, id).getJsonObject("aanlevering").getString("opmerkingBzk"));

        assertEquals(
                200,
                proces.zetRegels(
                                jenv,
                                id,
                                proces.versie(jenv, id),
                                regel("CJIB", "PV21", "55.5", null),
                                regel("DJI", "PV22", "2", null))
                        .status());
        assertEquals("INGEDIEND", proces.dienIn(jenv, id).object().getString("status"));

        Api.Antwoord goed =
                bzk.post("api/aanleveringen/" + id + "/goedkeuren", "{\"versie\":" + proces.versie(bzk, id) + "}");
        assertEquals(200, goed.status(), goed.body());
        assertEquals("GOEDGEKEURD", goed.object().getString("status"));
        assertEquals(
                409,
                proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "1", null))
                        .status());
        assertEquals(
                409,
                bzk.post(
                                "api/aanleveringen/" + id + "/terugsturen",
                                "{\"versie\":" + proces.versie(bzk, id) + ",\"opmerking\":\"toch niet\"}")
                        .status());

        List<String> acties = TestDatabase.rijen(
                        "SELECT actie FROM audit_regel WHERE entiteit = 'Aanlevering' AND entiteit_id = ? ORDER BY id",
                        String.valueOf(id))
                .stream()
                .map(r -> (String) r.get("actie"))
                .toList();
        assertEquals(
                List.of(
                        "AANGEMAAKT",
                        "REGELS_GEWIJZIGD",
                        "INGEDIEND",
                        "TERUGGESTUURD",
                        "REGELS_GEWIJZIGD",
                        "INGEDIEND",
                        "GOEDGEKEURD"),
                acties);
        String laatsteRegels = (String) TestDatabase.rijen(
                        "SELECT voor, na FROM audit_regel WHERE entiteit = 'Aanlevering' AND entiteit_id = ? "
                                + "AND actie = 'REGELS_GEWIJZIGD' ORDER BY id DESC",
                        String.valueOf(id))
                .get(0)
                .get("voor");
        assertTrue(laatsteRegels.contains("DJI;PV22;;20.25"), laatsteRegels);
    }

    @Test
    void deCijfersVolgenEenGoedkeuringDirect() {
        // The dashboard's figures are computed once and kept (Cijfercache): an acceptance must show at once.
        proces.openRonde(2084, 30);
        proces.aanleverenEnGoedkeuren(proces.jenv(), 2084, regel("CJIB", "PV21", "100", "nieuw"));
        Api bzk = Api.als(basis, "bzk");
        assertEquals(
                0,
                new BigDecimal("100")
                        .compareTo(totaal(bzk.get("api/cijfers/2084").object())));
        assertEquals(
                0,
                new BigDecimal("100")
                        .compareTo(totaal(bzk.get("api/cijfers/2084").object())));
        proces.aanleverenEnGoedkeuren(Api.als(basis, "contact.fin"), 2084, regel("BD", "PV26", "50", "nieuw"));
        assertEquals(
                0,
                new BigDecimal("150")
                        .compareTo(totaal(bzk.get("api/cijfers/2084").object())));
    }

    private static BigDecimal totaal(JsonObject beeld) {
        return beeld.getJsonNumber("totaal").bigDecimalValue();
    }

    @Test
    void eenContactpersoonZietEnWijzigtAlleenHetEigenMinisterie() {
        proces.openRonde(2041, 30);
        long id = proces.begin(proces.jenv(), 2041).getJsonNumber("id").longValue();
        Api fin = Api.als(basis, "contact.fin");
        assertEquals(403, fin.get("api/aanleveringen/" + id).status());
        assertEquals(
                403,
                proces.zetRegels(fin, id, 0, regel("BD", "PV20", "1", null)).status());
        assertEquals(
                403,
                fin.post("api/aanleveringen/" + id + "/indienen", "{\"versie\":0}")
                        .status());
        assertEquals(
                403, fin.download("api/aanleveringen/" + id + "/sjabloon.csv").statusCode());
        assertTrue(fin.get("api/aanleveringen").array().getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getString("ministerie").equals("FIN")));
        assertEquals(403, Api.als(basis, "archivaris").get("api/aanleveringen").status());
        assertEquals(
                403,
                proces.jenv()
                        .post("api/aanleveringen/" + id + "/goedkeuren", "{\"versie\":0}")
                        .status());
        // Pages: the review page is BZK's; the contact's own page shows only the own ministry's submission.
        assertEquals(403, fin.get("bzk/aanlevering.xhtml?id=" + id).status());
        Api.Antwoord eigenPagina = fin.get("ministerie/aanlevering.xhtml?jaar=2041");
        assertEquals(200, eigenPagina.status());
        assertTrue(eigenPagina.body().contains("Aanlevering Ministerie van Financiën"), eigenPagina.body());
        assertFalse(
                eigenPagina.body().contains("/api/aanleveringen/" + id + "/"), "pagina toont de aanlevering van JenV");
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ?", id));
    }

    @Test
    void deRondeBepaaltDePrognosehorizon() {
        // Without a number BZK gets the default: four years, as round 2025 asked for 2026 to 2029.
        JsonObject ronde = proces.openRonde(2063, 30, null);
        assertEquals(
                List.of(2064, 2065, 2066, 2067),
                ronde.getJsonArray("prognosejaren").getValuesAs(JsonNumber.class).stream()
                        .map(JsonNumber::intValue)
                        .toList());
        assertEquals(2067, ronde.getInt("horizon"));
        Api jenv = proces.jenv();
        long id = proces.begin(jenv, 2063).getJsonNumber("id").longValue();
        String sjabloon = new String(
                jenv.download("api/aanleveringen/" + id + "/sjabloon.csv").body(), StandardCharsets.UTF_8);
        assertTrue(sjabloon.contains("prognose_2067") && !sjabloon.contains("prognose_2068"), sjabloon);

        // Five values where the round asks for four: refused with row and field, nothing stored.
        Api.Antwoord teVeel = proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "10", null));
        assertEquals(400, teVeel.status(), teVeel.body());
        assertEquals(
                "urn:nl:bzk:spreiding:probleem:ongeldig-verzoek",
                teVeel.object().getString("type"),
                teVeel.body());
        assertEquals(teVeel.object().getString("melding"), teVeel.object().getString("detail"));
        JsonObject fout = teVeel.object().getJsonArray("fouten").getJsonObject(0);
        assertEquals(1, fout.getInt("rij"));
        assertEquals("prognose", fout.getString("kolom"));
        assertEquals(
                "bevat 5 jaren, deze ronde vraagt een prognose voor 4 jaar (2064, 2065, 2066, 2067)",
                fout.getString("melding"));
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ?", id));

        Api.Antwoord goed = proces.zetRegels(
                jenv,
                id,
                proces.versie(jenv, id),
                "{\"onderdeel\":\"CJIB\",\"provincie\":\"PV21\",\"fte\":10,\"prognose\":[11,12,13,14]}");
        assertEquals(200, goed.status(), goed.body());
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ? AND prognose_4 = 14 AND prognose_5 IS NULL",
                        id));

        Api.Antwoord ongeldig = proces.bzk()
                .post(
                        "api/rondes",
                        "{\"jaar\":2064,\"opening\":\"2026-01-01\",\"deadline\":\"2026-02-01\",\"prognosejaren\":6}");
        assertEquals(400, ongeldig.status(), ongeldig.body());
        assertEquals(
                "Veld prognosejaren: 6 kan niet; een ronde vraagt een prognose voor 1 tot en met 5 jaar",
                ongeldig.object().getString("melding"));
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM ronde WHERE jaar = 2064"));
    }

    @Test
    void elkeRegelfoutWordtMetRijEnKolomGemeldEnNietsOpgeslagen() {
        proces.openRonde(2042, 30);
        Api jenv = proces.jenv();
        long id = proces.begin(jenv, 2042).getJsonNumber("id").longValue();
        assertEquals(
                200,
                proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "10", null))
                        .status());
        long versie = proces.versie(jenv, id);

        Api.Antwoord fout = proces.zetRegels(
                jenv,
                id,
                versie,
                regel("CJIB", "PV21", "10", null),
                regel("ONBEKEND", "PV21", "1", null),
                regel("CJIB", "PV99", "1", null),
                regel("BD", "PV20", "1", null),
                regel("CJIB", "PV21", "5", null),
                regel("DJI", "PV20", "-3", null),
                regel("DJI", "PV23", "1.234", null),
                regel("DJI", "PV24", "250000", null),
                "{\"onderdeel\":\"DJI\",\"provincie\":\"PV25\",\"fte\":1,\"prognose\":[1,1,1,1,1],\"toelichting\":\"=cmd|' /C calc'!A0\"}");
        assertEquals(400, fout.status(), fout.body());
        List<String> teksten = fout.object().getJsonArray("fouten").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getInt("rij") + "/" + f.getString("kolom") + ": " + f.getString("melding"))
                .collect(Collectors.toList());
        assertTrue(
                teksten.contains("2/onderdeel: is geen bekende code van een organisatieonderdeel"), teksten.toString());
        assertTrue(
                teksten.stream().anyMatch(t -> t.startsWith("3/provincie: is geen bekende provinciecode")),
                teksten.toString());
        assertTrue(
                teksten.stream()
                        .anyMatch(
                                t -> t.startsWith(
                                        "4/onderdeel: hoort bij Ministerie van Financiën, niet bij Ministerie van Justitie en Veiligheid")),
                teksten.toString());
        assertTrue(
                teksten.stream().anyMatch(t -> t.startsWith("5/onderdeel: staat dubbel") && t.contains("rij 1")),
                teksten.toString());
        assertTrue(teksten.contains("6/fte: mag niet negatief zijn"), teksten.toString());
        assertTrue(teksten.contains("7/fte: heeft meer dan 2 decimalen"), teksten.toString());
        assertTrue(
                teksten.stream().anyMatch(t -> t.startsWith("8/fte: is onwaarschijnlijk groot")), teksten.toString());
        assertTrue(teksten.stream().anyMatch(t -> t.startsWith("9/toelichting: begint met '='")), teksten.toString());
        assertTrue(fout.object().getString("melding").endsWith("er is niets opgeslagen."));

        assertEquals(versie, proces.versie(jenv, id), "versie onveranderd");
        assertEquals(1, TestDatabase.getal("SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ?", id));
        assertEquals(0, new BigDecimal("10.00").compareTo((BigDecimal)
                        TestDatabase.rijen("SELECT fte FROM aanlevering_regel WHERE aanlevering_id = ?", id)
                                .get(0)
                                .get("fte")));
    }

    @Test
    void groteVeranderingVraagtToelichtingVoorIndienen() {
        proces.goedgekeurdeRonde(
                2043,
                regel("CJIB", "PV21", "230", "Eerste opgave"),
                regel("DJI", "PV22", "50", null),
                regel("DJI", "PV23", "50", null),
                regel("DJI", "PV24", "40", null));
        proces.openRonde(2044, 30);
        Api jenv = proces.jenv();
        long id = proces.begin(jenv, 2044).getJsonNumber("id").longValue();
        // CJIB Fryslân +323 (>= 100 fte), DJI Drenthe +6 (12 %), DJI Overijssel +5 (exactly 10 %: no explanation
        // needed),
        // DJI Flevoland not filed any more (-100 %).
        assertEquals(
                200,
                proces.zetRegels(
                                jenv,
                                id,
                                proces.versie(jenv, id),
                                regel("CJIB", "PV21", "553", null),
                                regel("DJI", "PV22", "56", null),
                                regel("DJI", "PV23", "55", null))
                        .status());
        JsonObject detail = proces.detail(jenv, id);
        assertEquals(3, detail.getJsonNumber("ontbrekendeToelichtingen").longValue());
        assertEquals(
                new BigDecimal("370.00"),
                detail.getJsonNumber("totaalVorigJaar").bigDecimalValue());
        assertEquals(
                new BigDecimal("664.00"), detail.getJsonNumber("totaalDitJaar").bigDecimalValue());
        JsonObject cjib = detail.getJsonArray("verschillen").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("onderdeel").equals("CJIB"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("323.00"), cjib.getJsonNumber("verschil").bigDecimalValue());
        assertEquals(new BigDecimal("140.4"), cjib.getJsonNumber("procent").bigDecimalValue());

        Api.Antwoord geweigerd = proces.dienIn(jenv, id);
        assertEquals(400, geweigerd.status(), geweigerd.body());
        List<String> waarden = geweigerd.object().getJsonArray("fouten").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("waarde"))
                .sorted()
                .toList();
        // The line is named as the contact knows it, not by its codes.
        assertEquals(
                List.of(
                        "Centraal Justitieel Incassobureau (CJIB), Fryslân",
                        "Dienst Justitiële Inrichtingen (DJI), Drenthe",
                        "Dienst Justitiële Inrichtingen (DJI), Flevoland"),
                waarden);
        assertTrue(
                geweigerd.body().contains("vorig jaar 230,00 fte, nu 553,00 fte (+323,00 fte, +140,4 %)"),
                geweigerd.body());
        assertEquals(
                "CONCEPT", proces.detail(jenv, id).getJsonObject("aanlevering").getString("status"));

        assertEquals(
                200,
                proces.zetRegels(
                                jenv,
                                id,
                                proces.versie(jenv, id),
                                regel("CJIB", "PV21", "553", "Nieuwe wettelijke taken in Leeuwarden"),
                                regel("DJI", "PV22", "56", "Uitbreiding PI Veenhuizen"),
                                regel("DJI", "PV23", "55", null),
                                regel("DJI", "PV24", "0", "Vestiging Lelystad gesloten"))
                        .status());
        assertEquals("INGEDIEND", proces.dienIn(jenv, id).object().getString("status"));
    }

    @Test
    void gelijktijdigeBewerkingWordtGeweigerd() {
        proces.openRonde(2045, 30);
        Api jenv = proces.jenv();
        long id = proces.begin(jenv, 2045).getJsonNumber("id").longValue();
        long gelezen = proces.versie(jenv, id);
        assertEquals(
                200,
                proces.zetRegels(jenv, id, gelezen, regel("CJIB", "PV21", "1", null))
                        .status());
        Api.Antwoord tweede = proces.zetRegels(jenv, id, gelezen, regel("CJIB", "PV21", "2", null));
        assertEquals(409, tweede.status());
        assertTrue(tweede.object().getString("melding").contains("intussen door iemand anders gewijzigd"));
        assertEquals(0, new BigDecimal("1.00").compareTo((BigDecimal)
                        TestDatabase.rijen("SELECT fte FROM aanlevering_regel WHERE aanlevering_id = ?", id)
                                .get(0)
                                .get("fte")));
    }

    @Test
    void naDeDeadlineIngediendIsTeLaat() {
        proces.openRonde(2046, -1);
        Api jenv = proces.jenv();
        long id = proces.begin(jenv, 2046).getJsonNumber("id").longValue();
        assertEquals(
                200,
                proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "1", null))
                        .status());
        JsonObject ingediend = proces.dienIn(jenv, id).object();
        assertTrue(ingediend.getBoolean("teLaat"));
        assertEquals(
                true,
                TestDatabase.rijen("SELECT te_laat FROM aanlevering WHERE id = ?", id)
                        .get(0)
                        .get("te_laat"));
    }

    @Test
    void geslotenRondeKanNietMeerWordenBewerkt() {
        proces.openRonde(2047, 30);
        Api jenv = proces.jenv();
        long id = proces.begin(jenv, 2047).getJsonNumber("id").longValue();
        Api bzk = proces.bzk();
        long rondeVersie = versie(bzk.get("api/rondes/2047").object());
        assertEquals(
                "GESLOTEN",
                bzk.post("api/rondes/2047/sluiten", "{\"versie\":" + rondeVersie + "}")
                        .object()
                        .getString("status"));
        Api.Antwoord antwoord = proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "1", null));
        assertEquals(409, antwoord.status());
        assertTrue(antwoord.object().getString("melding").contains("is gesloten"));
        assertEquals(
                403,
                jenv.post("api/rondes", "{\"jaar\":2090,\"opening\":\"2026-01-01\",\"deadline\":\"2026-02-01\"}")
                        .status());
    }

    @Test
    void eenVooringevuldeAanleveringBegintBijDeGoedgekeurdeRegelsVanVorigJaar() {
        proces.goedgekeurdeRonde(
                2073,
                regel("CJIB", "PV21", "230", "Eerste opgave", "231", "232", "233", "234", "235"),
                regel("DJI", "PV22", "50.5", "Eerste opgave", "51", "52", "53", "54", "55"));
        proces.openRonde(2074, 30);
        Api jenv = proces.jenv();
        Api.Antwoord begin = jenv.post("api/rondes/2074/aanlevering?vooringevuld=true", "");
        assertEquals(200, begin.status(), begin.body());
        long id = begin.object().getJsonNumber("id").longValue();

        JsonObject detail = proces.detail(jenv, id);
        List<JsonObject> regels = detail.getJsonArray("regels").getValuesAs(JsonObject.class);
        assertEquals(2, regels.size(), detail.toString());
        JsonObject cjib = regels.get(0);
        assertEquals("CJIB", cjib.getString("onderdeel"));
        assertEquals(
                0, new BigDecimal("230").compareTo(cjib.getJsonNumber("fte").bigDecimalValue()));
        // Last year's prognosis moves up a year: 2075 was 232 in last year's round; the new last year repeats 235.
        assertEquals(
                List.of("232", "233", "234", "235", "235"),
                cjib.getJsonArray("prognose").getValuesAs(JsonNumber.class).stream()
                        .map(n -> n.bigDecimalValue().stripTrailingZeros().toPlainString())
                        .toList());
        // Nothing changed yet, so nothing is flagged and nothing needs an explanation.
        assertEquals(0, detail.getJsonNumber("ontbrekendeToelichtingen").longValue());
        assertTrue(
                detail.getJsonArray("verschillen").getValuesAs(JsonObject.class).stream()
                        .allMatch(v ->
                                v.getJsonNumber("verschil").bigDecimalValue().signum() == 0),
                detail.toString());
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Aanlevering' AND entiteit_id = ? AND actie = 'VOORINGEVULD'",
                        String.valueOf(id)));
        // Beginning again returns the same submission, unchanged.
        assertEquals(id, proces.begin(jenv, 2074).getJsonNumber("id").longValue());
        assertEquals(2, proces.detail(jenv, id).getJsonArray("regels").size());
    }
}
