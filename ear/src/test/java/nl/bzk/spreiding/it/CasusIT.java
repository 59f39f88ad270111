package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Location-advice cases: the 100-FTE rule, the workflow, isolation by ministry and the audit trail. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasusIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private static String melding(
            String titel,
            String onderdeel,
            String soort,
            String fte,
            String van,
            String vanGemeente,
            String naar,
            String naarGemeente) {
        return "{\"titel\":\"" + titel + "\",\"onderdeel\":\"" + onderdeel + "\",\"soort\":\"" + soort + "\",\"fte\":"
                + fte
                + (van == null ? "" : ",\"vanProvincie\":\"" + van + "\",\"vanGemeente\":\"" + vanGemeente + "\"")
                + ",\"naarProvincie\":\"" + naar + "\",\"naarGemeente\":\"" + naarGemeente
                + "\",\"maatregelen\":[\"1c\"]}";
    }

    private JsonObject meld(Api wie, String json) {
        Api.Antwoord antwoord = wie.post("api/casussen", json);
        assertEquals(201, antwoord.status(), antwoord.body());
        return antwoord.object();
    }

    @ParameterizedTest(name = "{0} {1} fte {2} {3} -> {4} {5}: drempel {6}")
    @CsvSource({
        "GROEI, 99.99, , , PV21, Leeuwarden, false",
        "GROEI, 100, , , PV21, Leeuwarden, true",
        "KRIMP, 150, , , PV24, Lelystad, true",
        "KRIMP, 99, , , PV24, Lelystad, false",
        "VERPLAATSING, 150, PV28, Den Haag, PV22, Assen, true",
        "VERPLAATSING, 150, PV28, Den Haag, PV28, Den Haag, false",
        "VERPLAATSING, 150, PV28, Den Haag, PV28, Rotterdam, true",
        "NIEUWE_DIENST, 100, , , PV31, Heerlen, true"
    })
    void honderdFteRegel(
            String soort,
            String fte,
            String van,
            String vanGemeente,
            String naar,
            String naarGemeente,
            boolean drempel) {
        JsonObject casus = meld(
                Api.als(basis, "contact.jenv"),
                melding("Drempeltest " + soort + " " + fte, "CJIB", soort, fte, van, vanGemeente, naar, naarGemeente));
        assertEquals(drempel, casus.getBoolean("drempelVanToepassing"));
        assertEquals("MELDING", casus.getString("status"));
        assertEquals("JENV", casus.getString("ministerie"));
    }

    @Test
    void workflowViaDeMinisterraadMetAudit() {
        Api jenv = Api.als(basis, "contact.jenv");
        Api bzk = Api.als(basis, "bzk");
        JsonObject casus = meld(
                jenv,
                melding("Verhuizing DJI-staf", "DJI", "VERPLAATSING", "180", "PV28", "Den Haag", "PV23", "Zwolle"));
        long id = casus.getJsonNumber("id").longValue();

        Api.Antwoord teVroeg = overgang(bzk, id, versie(bzk, id), "BESLOTEN", "Akkoord", null);
        assertEquals(409, teVroeg.status());
        assertEquals(
                "Deze casus kan niet van Gemeld naar Besloten; toegestaan: In behandeling",
                teVroeg.object().getString("melding"));
        // RFC 9457 problem details: type, title, status and the Dutch message as detail.
        assertTrue(
                teVroeg.header("Content-Type").startsWith("application/problem+json"), teVroeg.header("Content-Type"));
        assertEquals("urn:nl:bzk:spreiding:probleem:conflict", teVroeg.object().getString("type"));
        assertEquals("Past niet bij de huidige stand", teVroeg.object().getString("title"));
        assertEquals(409, teVroeg.object().getInt("status"));
        assertEquals(teVroeg.object().getString("melding"), teVroeg.object().getString("detail"));

        assertEquals(
                "IN_BEHANDELING",
                overgang(bzk, id, versie(bzk, id), "IN_BEHANDELING", null, null)
                        .object()
                        .getString("status"));
        // Now BZK handles it: the ministry can no longer change the description.
        Api.Antwoord wijziging = jenv.put(
                "api/casussen/" + id,
                "{\"versie\":" + versie(jenv, id) + ","
                        + melding("Anders", "DJI", "VERPLAATSING", "10", "PV28", "Den Haag", "PV23", "Zwolle")
                                .substring(1));
        assertEquals(409, wijziging.status(), wijziging.body());

        Api.Antwoord zonderAdvies = overgang(bzk, id, versie(bzk, id), "ADVIES_UITGEBRACHT", "Positief", null);
        assertEquals(400, zonderAdvies.status());
        JsonObject advies = overgang(
                        bzk, id, versie(bzk, id), "ADVIES_UITGEBRACHT", "Negatief: liever Zwolle én Assen", false)
                .object();
        assertEquals("ADVIES_UITGEBRACHT", advies.getString("status"));
        assertFalse(advies.getBoolean("adviesPositief"));
        assertTrue(advies.containsKey("adviesOp"));

        assertTrue(overgang(bzk, id, versie(bzk, id), "VOORGELEGD_AAN_MR", null, null)
                .object()
                .getBoolean("voorgelegdAanMr"));
        assertEquals(
                400, overgang(bzk, id, versie(bzk, id), "BESLOTEN", " ", null).status());
        JsonObject besloten = overgang(bzk, id, versie(bzk, id), "BESLOTEN", "De ministerraad besluit tot Zwolle", null)
                .object();
        assertEquals("BESLOTEN", besloten.getString("status"));
        assertEquals(
                409,
                overgang(bzk, id, versie(bzk, id), "IN_BEHANDELING", null, null).status());

        List<String> acties = TestDatabase.rijen(
                        "SELECT actie FROM audit_regel WHERE entiteit = 'Casus' AND entiteit_id = ? ORDER BY id",
                        String.valueOf(id))
                .stream()
                .map(r -> (String) r.get("actie"))
                .toList();
        assertEquals(
                List.of("GEMELD", "IN_BEHANDELING", "ADVIES_UITGEBRACHT", "VOORGELEGD_AAN_MR", "BESLOTEN"), acties);
        String laatste = (String) TestDatabase.rijen(
                        "SELECT na FROM audit_regel WHERE entiteit = 'Casus' AND entiteit_id = ? ORDER BY id DESC",
                        String.valueOf(id))
                .get(0)
                .get("na");
        assertTrue(
                laatste.contains("\"besluit\":\"De ministerraad besluit tot Zwolle\"")
                        && laatste.contains("\"mr\":true"),
                laatste);
    }

    @Test
    void eenContactpersoonZietEnMeldtAlleenVoorHetEigenMinisterie() {
        JsonObject casus = meld(
                Api.als(basis, "contact.jenv"),
                melding("Groei CJIB Hoorn", "CJIB", "GROEI", "120", null, null, "PV27", "Hoorn"));
        long id = casus.getJsonNumber("id").longValue();
        Api fin = Api.als(basis, "contact.fin");
        assertEquals(403, fin.get("api/casussen/" + id).status());
        assertEquals(
                403,
                fin.put(
                                "api/casussen/" + id,
                                "{\"versie\":0,"
                                        + melding("X", "CJIB", "GROEI", "1", null, null, "PV27", "Hoorn")
                                                .substring(1))
                        .status());
        assertEquals(
                403,
                fin.post("api/casussen", melding("Niet van mij", "CJIB", "GROEI", "120", null, null, "PV27", "Hoorn"))
                        .status());
        assertTrue(fin.get("api/casussen").array().getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getString("ministerie").equals("FIN")));
        assertEquals(
                403,
                fin.post("api/casussen/" + id + "/status", "{\"versie\":0,\"status\":\"IN_BEHANDELING\"}")
                        .status());
        assertEquals(
                "MELDING",
                TestDatabase.rijen("SELECT status FROM casus WHERE id = ?", id)
                        .get(0)
                        .get("status"));
    }

    @Test
    void filterOpProvincieMinisterieEnStatus() {
        Api bzk = Api.als(basis, "bzk");
        List<JsonObject> limburg =
                bzk.get("api/casussen?provincie=PV31").array().getValuesAs(JsonObject.class);
        assertTrue(
                limburg.stream()
                        .anyMatch(c -> c.getString("titel").equals("Huisvesting Instituut Mijnbouwschade Limburg")),
                limburg.toString());
        assertTrue(limburg.stream()
                .allMatch(c -> "PV31".equals(c.getString("naarProvincie", null))
                        || "PV31".equals(c.getString("vanProvincie", null))));
        List<JsonObject> besloten =
                bzk.get("api/casussen?status=BESLOTEN&ministerie=DEF").array().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("Johan Willem Frisokazerne Assen"),
                besloten.stream().map(c -> c.getString("titel")).toList());
        assertEquals(400, bzk.get("api/casussen?status=ONZIN").status());
    }

    @Test
    void foutieveMeldingEnVerouderdeVersie() {
        Api jenv = Api.als(basis, "contact.jenv");
        Api.Antwoord negatief =
                jenv.post("api/casussen", melding("Fout", "CJIB", "GROEI", "-5", null, null, "PV21", "Leeuwarden"));
        assertEquals(400, negatief.status());
        assertEquals("Veld fte: mag niet negatief zijn", negatief.object().getString("melding"));
        assertEquals(
                400,
                jenv.post("api/casussen", melding("Fout", "CJIB", "VERHUIZING", "5", null, null, "PV21", "Leeuwarden"))
                        .status());
        Api.Antwoord provincie =
                jenv.post("api/casussen", melding("Fout", "CJIB", "GROEI", "5", null, null, "PV99", "Leeuwarden"));
        assertEquals(
                "Veld naarProvincie: 'PV99' is geen bekende provinciecode (PV20 t/m PV31)",
                provincie.object().getString("melding"));

        long id = meld(jenv, melding("Versietest", "CJIB", "GROEI", "5", null, null, "PV21", "Leeuwarden"))
                .getJsonNumber("id")
                .longValue();
        long gelezen = versie(jenv, id);
        String body = melding("Versietest 2", "CJIB", "GROEI", "6", null, null, "PV21", "Leeuwarden")
                .substring(1);
        assertEquals(
                200,
                jenv.put("api/casussen/" + id, "{\"versie\":" + gelezen + "," + body)
                        .status());
        Api.Antwoord oud = jenv.put(
                "api/casussen/" + id, "{\"versie\":" + gelezen + "," + body.replace("Versietest 2", "Versietest 3"));
        assertEquals(409, oud.status());
        assertEquals(
                "Versietest 2",
                TestDatabase.rijen("SELECT titel FROM casus WHERE id = ?", id)
                        .get(0)
                        .get("titel"));
    }

    private long versie(Api wie, long id) {
        return wie.get("api/casussen/" + id).object().getJsonNumber("versie").longValue();
    }

    private static Api.Antwoord overgang(Api wie, long id, long versie, String status, String tekst, Boolean positief) {
        return wie.post(
                "api/casussen/" + id + "/status",
                "{\"versie\":" + versie + ",\"status\":\"" + status + "\""
                        + (tekst == null ? "" : ",\"tekst\":\"" + tekst + "\"")
                        + (positief == null ? "" : ",\"positief\":" + positief) + "}");
    }
}
