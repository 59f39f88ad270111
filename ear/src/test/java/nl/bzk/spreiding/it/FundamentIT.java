package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application starts in the real Payara Micro on the configured database, migrated and with its reference data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FundamentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    @Test
    void migratiesZijnUitgevoerd() {
        List<Map<String, Object>> migraties = TestDatabase.rijen(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        assertTrue(migraties.size() >= 1, "geen migraties uitgevoerd");
        assertEquals("1", migraties.get(0).get("version"));
        assertTrue(
                migraties.stream().allMatch(m -> Boolean.TRUE.equals(m.get("success"))),
                "mislukte migratie: " + migraties);
    }

    @Test
    void twaalfProvinciesMetCbsCodesEnRandstad() {
        var provincies =
                Api.als(basis, "contact.fin").get("api/referentie/provincies").array();
        assertEquals(13, provincies.size());
        Map<String, String> namen = provincies.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("code"), p -> p.getString("naam")));
        assertEquals("Fryslân", namen.get("PV21"));
        assertEquals("Limburg", namen.get("PV31"));
        assertEquals("Niet toe te delen", namen.get("NTD"));
        List<String> randstad = provincies.getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getBoolean("randstad"))
                .map(p -> p.getString("naam"))
                .sorted()
                .toList();
        assertEquals(List.of("Flevoland", "Noord-Holland", "Utrecht", "Zuid-Holland"), randstad);
        assertEquals(12, TestDatabase.getal("SELECT COUNT(*) FROM provincie WHERE toe_te_delen = TRUE"));
    }

    @Test
    void zesSectoren() {
        var sectoren = Api.als(basis, "bzk").get("api/referentie/sectoren").array();
        assertEquals(
                List.of(
                        "Ministeries",
                        "Nationale Politie",
                        "Rechtspraak",
                        "Dienst Justitiële Inrichtingen",
                        "Defensie",
                        "Zelfstandige bestuursorganen"),
                sectoren.getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("naam"))
                        .toList());
    }

    @Test
    void onderdelenUitDeBriefHorenBijHunMinisterieEnSector() {
        Api api = Api.als(basis, "archivaris");
        Map<String, String[]> verwacht = Map.of(
                "CJIB", new String[] {"JENV", "MINISTERIES"},
                "RWS", new String[] {"IENW", "MINISTERIES"},
                "NVWA", new String[] {"LVVN", "MINISTERIES"},
                "COA", new String[] {"AENM", "ZBO"},
                "UWV", new String[] {"SZW", "ZBO"},
                "TSL", new String[] {"FIN", "MINISTERIES"},
                "DUO", new String[] {"OCW", "MINISTERIES"},
                "DJI", new String[] {"JENV", "DJI"},
                "DEF-CLAS", new String[] {"DEF", "DEFENSIE"},
                "NCG", new String[] {"BZK", "MINISTERIES"});
        verwacht.forEach((code, ms) -> {
            JsonObject onderdeel = api.get("api/referentie/onderdelen/" + code).object();
            assertEquals(ms[0], onderdeel.getString("ministerie"), code);
            assertEquals(ms[1], onderdeel.getString("sector"), code);
        });
        assertEquals(404, api.get("api/referentie/onderdelen/BESTAATNIET").status());
    }

    @Test
    void gezondheidIsUpMetDatabase() {
        Api.Antwoord ready = Api.anoniem(basis).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject json = ready.object();
        assertEquals("UP", json.getString("status"));
        JsonObject database = json.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database"))
                .findFirst()
                .orElseThrow();
        assertEquals("13", database.getJsonObject("data").getString("provincies"));
        String verwachteDatabase = System.getProperty("it.db.url").startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
        assertEquals(verwachteDatabase, database.getJsonObject("data").getString("database"));
        assertEquals(200, Api.anoniem(basis).get("/health/live").status());
    }

    @Test
    void openApiBeschrijftDeApi() {
        Api.Antwoord openapi = Api.anoniem(basis).get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/referentie/provincies"), openapi.body());
        assertTrue(openapi.body().contains("basic"), "security scheme ontbreekt");
    }
}
