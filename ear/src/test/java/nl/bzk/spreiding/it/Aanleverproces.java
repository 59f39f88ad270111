package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import nl.bzk.spreiding.platform.Tijd;

/** Steps of the submission workflow through the API, shared by the integration tests. */
final class Aanleverproces {

    private final URL basis;

    Aanleverproces(URL basis) {
        this.basis = basis;
    }

    Api bzk() {
        return Api.als(basis, "bzk");
    }

    Api jenv() {
        return Api.als(basis, "contact.jenv");
    }

    /**
     * A new open round with a five-year prognosis (the lines of {@link #regel} carry five values); the deadline is
     * given relative to today.
     */
    void openRonde(int jaar, int deadlineOverDagen) {
        openRonde(jaar, deadlineOverDagen, 5);
    }

    /** As above; {@code prognosejaren} null leaves the horizon to the server's default. */
    JsonObject openRonde(int jaar, int deadlineOverDagen, Integer prognosejaren) {
        LocalDate vandaag = LocalDate.now(Tijd.ZONE); // the server judges deadlines by the Dutch day
        Api.Antwoord ronde = bzk().post(
                        "api/rondes",
                        "{\"jaar\":" + jaar + ",\"opening\":\"" + vandaag.minusDays(30)
                                + "\",\"deadline\":\"" + vandaag.plusDays(deadlineOverDagen) + "\""
                                + (prognosejaren == null ? "" : ",\"prognosejaren\":" + prognosejaren) + "}");
        assertEquals(201, ronde.status(), ronde.body());
        Api.Antwoord open = bzk().post("api/rondes/" + jaar + "/openen", "{\"versie\":" + versie(ronde.object()) + "}");
        assertEquals(200, open.status(), open.body());
        assertEquals("OPEN", open.object().getString("status"));
        return open.object();
    }

    JsonObject begin(Api contact, int jaar) {
        Api.Antwoord begin = contact.post("api/rondes/" + jaar + "/aanlevering", "");
        assertEquals(200, begin.status(), begin.body());
        return begin.object();
    }

    Api.Antwoord zetRegels(Api contact, long id, long versie, String... regels) {
        return contact.put(
                "api/aanleveringen/" + id + "/regels",
                "{\"versie\":" + versie + ",\"regels\":[" + String.join(",", regels) + "]}");
    }

    static String regel(String onderdeel, String provincie, String fte, String toelichting) {
        return "{\"onderdeel\":\"" + onderdeel + "\",\"provincie\":\"" + provincie + "\",\"fte\":" + fte
                + ",\"prognose\":[" + fte + "," + fte + "," + fte + "," + fte + "," + fte + "]"
                + (toelichting == null ? "" : ",\"toelichting\":\"" + toelichting + "\"") + "}";
    }

    JsonObject detail(Api wie, long id) {
        Api.Antwoord detail = wie.get("api/aanleveringen/" + id);
        assertEquals(200, detail.status(), detail.body());
        return detail.object();
    }

    long versie(Api wie, long id) {
        return versie(detail(wie, id).getJsonObject("aanlevering"));
    }

    static long versie(JsonObject object) {
        return object.getJsonNumber("versie").longValue();
    }

    Api.Antwoord dienIn(Api contact, long id) {
        return contact.post("api/aanleveringen/" + id + "/indienen", "{\"versie\":" + versie(contact, id) + "}");
    }

    /** One ministry's figures filed and accepted in an open round. */
    void aanleverenEnGoedkeuren(Api contact, int jaar, String... regels) {
        long id = begin(contact, jaar).getJsonNumber("id").longValue();
        Api.Antwoord gezet = zetRegels(contact, id, versie(contact, id), regels);
        assertEquals(200, gezet.status(), gezet.body());
        Api.Antwoord ingediend = dienIn(contact, id);
        assertEquals(200, ingediend.status(), ingediend.body());
        Api.Antwoord goed =
                bzk().post("api/aanleveringen/" + id + "/goedkeuren", "{\"versie\":" + versie(bzk(), id) + "}");
        assertEquals(200, goed.status(), goed.body());
    }

    /**
     * Issue 31: the round expects exactly these ministries (every other one does not file, with a reason) and is
     * closed, so its year is definitief once all of them are accepted.
     */
    void sluitMetVerwacht(int jaar, String... ministeries) {
        JsonObject ronde = bzk().get("api/rondes/" + jaar).object();
        Api.Antwoord verwacht = bzk().put(
                        "api/rondes/" + jaar + "/verwachting",
                        "{\"verwacht\":[\"" + String.join("\",\"", ministeries) + "\"],"
                                + "\"reden\":\"Proefgegevens: alleen deze ministeries leveren aan\",\"versie\":"
                                + versie(ronde) + "}");
        assertEquals(200, verwacht.status(), verwacht.body());
        Api.Antwoord dicht =
                bzk().post("api/rondes/" + jaar + "/sluiten", "{\"versie\":" + versie(verwacht.object()) + "}");
        assertEquals(200, dicht.status(), dicht.body());
    }

    /** A line with its own prognosis figures. */
    static String regel(String onderdeel, String provincie, String fte, String toelichting, String... prognose) {
        return "{\"onderdeel\":\"" + onderdeel + "\",\"provincie\":\"" + provincie + "\",\"fte\":" + fte
                + ",\"prognose\":[" + String.join(",", prognose) + "]"
                + (toelichting == null ? "" : ",\"toelichting\":\"" + toelichting + "\"") + "}";
    }

    /** Round with JENV's figures accepted: the "last year" of a later round. */
    void goedgekeurdeRonde(int jaar, String... regels) {
        openRonde(jaar, 30);
        long id = begin(jenv(), jaar).getJsonNumber("id").longValue();
        Api.Antwoord gezet = zetRegels(jenv(), id, versie(jenv(), id), regels);
        assertEquals(200, gezet.status(), gezet.body());
        Api.Antwoord ingediend = dienIn(jenv(), id);
        assertEquals(200, ingediend.status(), ingediend.body());
        Api.Antwoord goed =
                bzk().post("api/aanleveringen/" + id + "/goedkeuren", "{\"versie\":" + versie(bzk(), id) + "}");
        assertEquals(200, goed.status(), goed.body());
    }
}
