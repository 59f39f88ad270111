package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The action plan as BZK maintains it: Bijlage 2 of 2025 from the seed, a new reporting period that starts from
 * the previous text, and closed periods that can no longer change. Ordered: the periods build on each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActieplanIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    @Test
    @Order(1)
    void bijlage2Van2025MetDeTekstUitDeBrief() {
        Api contact = Api.als(basis, "contact.fin");
        List<JsonObject> maatregelen =
                contact.get("api/actieplan/maatregelen").array().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("1a", "1b", "1c", "1d", "2", "3", "4", "5", "6", "7"),
                maatregelen.stream().map(m -> m.getString("code")).toList());
        JsonObject vier = maatregelen.get(6);
        assertEquals("Landelijk netwerk van rijksontmoetingspleinen", vier.getString("titel"));
        List<JsonObject> standen =
                contact.get("api/actieplan/periodes/2025/standen").array().getValuesAs(JsonObject.class);
        assertTrue(standen.get(6)
                .getJsonArray("punten")
                .getString(0)
                .startsWith("Op dit moment zijn er acht rijksontmoetingspleinen."));
        assertEquals("GEREED", standen.get(9).getString("label"));
    }

    @Test
    @Order(2)
    void nieuwePeriodeBegintMetDeVorigeTekstEnDieWordtAlleenLezen() {
        Api bzk = Api.als(basis, "bzk");
        Api.Antwoord periode =
                bzk.post("api/actieplan/periodes", "{\"naam\":\"IT-2026\",\"peildatum\":\"2026-09-01\"}");
        assertEquals(201, periode.status(), periode.body());
        List<JsonObject> nieuw =
                bzk.get("api/actieplan/periodes/IT-2026/standen").array().getValuesAs(JsonObject.class);
        List<JsonObject> oud =
                bzk.get("api/actieplan/periodes/2025/standen").array().getValuesAs(JsonObject.class);
        assertEquals(10, nieuw.size());
        for (int i = 0; i < nieuw.size(); i++) {
            assertEquals(
                    oud.get(i).getJsonArray("punten"),
                    nieuw.get(i).getJsonArray("punten"),
                    "tekst van " + nieuw.get(i).getString("maatregel"));
            assertTrue(nieuw.get(i).getBoolean("bewerkbaar"));
            assertFalse(oud.get(i).getBoolean("bewerkbaar"));
        }

        JsonObject stand4 = nieuw.get(6);
        Api.Antwoord gewijzigd = bzk.put(
                "api/actieplan/periodes/IT-2026/standen/4",
                "{\"versie\":" + stand4.getJsonNumber("versie")
                        + ",\"label\":\"VERTRAAGD\",\"verantwoordelijke\":\"BZK\",\"datum\":\"2026-09-01\",\"punten\":"
                        + "[\"Het rijksontmoetingsplein in Middelburg is geopend.\",\"Leeuwarden volgt in 2027.\"]}");
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertEquals("VERTRAAGD", gewijzigd.object().getString("label"));

        // The previous period is history: read-only, and unchanged.
        JsonObject oud4 = oud.get(6);
        Api.Antwoord geweigerd = bzk.put(
                "api/actieplan/periodes/2025/standen/4",
                "{\"versie\":" + oud4.getJsonNumber("versie") + ",\"label\":\"GEREED\",\"punten\":[\"Overschreven\"]}");
        assertEquals(409, geweigerd.status());
        assertEquals(
                "Periode 2025 is afgesloten; alleen de stand van de lopende periode kan worden gewijzigd",
                geweigerd.object().getString("melding"));
        List<String> geschiedenis =
                bzk.get("api/actieplan/maatregelen/4/geschiedenis").array().getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("periode") + ":" + s.getString("label") + ":"
                                + s.getJsonArray("punten")
                                        .getValuesAs(JsonString.class)
                                        .get(0)
                                        .getString())
                        .toList();
        assertEquals(
                List.of(
                        "IT-2026:VERTRAAGD:Het rijksontmoetingsplein in Middelburg is geopend.",
                        "2025:LOPEND:Op dit moment zijn er acht rijksontmoetingspleinen. Eind 2025 wordt in Middelburg het negende rijksontmoetingsplein geopend."),
                geschiedenis);

        Map<String, Object> audit = TestDatabase.rijen(
                        "SELECT gebruiker, voor, na FROM audit_regel WHERE entiteit = 'MaatregelStand' "
                                + "AND entiteit_id = '4/IT-2026'")
                .get(0);
        assertEquals("bzk", audit.get("gebruiker"));
        assertTrue(((String) audit.get("voor")).contains("\"label\":\"LOPEND\""));
        assertTrue(((String) audit.get("na")).contains("Leeuwarden volgt in 2027."));
    }

    @Test
    @Order(3)
    void maatregelWijzigenMetActies() {
        Api bzk = Api.als(basis, "bzk");
        JsonObject m = bzk.get("api/actieplan/maatregelen").array().getJsonObject(5);
        assertEquals("3", m.getString("code"));
        Api.Antwoord gewijzigd = bzk.put(
                "api/actieplan/maatregelen/3",
                "{\"versie\":" + m.getJsonNumber("versie") + ",\"titel\":\""
                        + m.getString("titel") + "\",\"doelstelling\":\"" + m.getString("doelstelling")
                        + "\",\"acties\":[\"Nieuwe actie\","
                        + "\"Staat van Groningen\"]}");
        assertEquals(200, gewijzigd.status(), gewijzigd.body());
        assertEquals(
                List.of("Nieuwe actie", "Staat van Groningen"),
                gewijzigd.object().getJsonArray("acties").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertTrue(gewijzigd.object().getJsonNumber("versie").longValue()
                > m.getJsonNumber("versie").longValue());
        assertEquals(
                409,
                bzk.put(
                                "api/actieplan/maatregelen/3",
                                "{\"versie\":" + m.getJsonNumber("versie") + ",\"titel\":\"x\","
                                        + "\"doelstelling\":\"y\",\"acties\":[]}")
                        .status());
    }

    @Test
    @Order(4)
    void periodeRegelsEnRechten() {
        Api bzk = Api.als(basis, "bzk");
        assertEquals(
                409,
                bzk.post("api/actieplan/periodes", "{\"naam\":\"IT-2026\",\"peildatum\":\"2027-09-01\"}")
                        .status());
        Api.Antwoord eerder = bzk.post("api/actieplan/periodes", "{\"naam\":\"IT-oud\",\"peildatum\":\"2020-01-01\"}");
        assertEquals(400, eerder.status());
        assertTrue(eerder.object().getString("melding").contains("ligt niet na de peildatum van de vorige periode"));
        Api contact = Api.als(basis, "contact.jenv");
        assertEquals(
                403,
                contact.post("api/actieplan/periodes", "{\"naam\":\"X\",\"peildatum\":\"2030-01-01\"}")
                        .status());
        JsonObject stand =
                contact.get("api/actieplan/periodes/IT-2026/standen").array().getJsonObject(0);
        assertEquals(
                403,
                contact.put(
                                "api/actieplan/periodes/IT-2026/standen/1a",
                                "{\"versie\":" + stand.getJsonNumber("versie") + ",\"label\":\"GEREED\",\"punten\":[]}")
                        .status());
        Api.Antwoord label = bzk.put(
                "api/actieplan/periodes/IT-2026/standen/1a",
                "{\"versie\":" + stand.getJsonNumber("versie") + ",\"label\":\"KLAAR\",\"punten\":[]}");
        assertEquals(400, label.status());
        Api.Antwoord verouderd = bzk.put(
                "api/actieplan/periodes/IT-2026/standen/1a",
                "{\"versie\":" + (stand.getJsonNumber("versie").longValue() + 5)
                        + ",\"label\":\"GEREED\",\"punten\":[]}");
        assertEquals(409, verouderd.status());
        assertEquals(
                "LOPEND",
                TestDatabase.rijen(
                                "SELECT s.label FROM maatregel_stand s JOIN maatregel m ON m.id = s.maatregel_id "
                                        + "JOIN rapportageperiode p ON p.id = s.periode_id WHERE m.code = '1a' AND p.naam = 'IT-2026'")
                        .get(0)
                        .get("label"));
    }
}
