package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User administration (issue 13): an administrator creates a ministry contact for Defensie with a temporary password,
 * the contact chooses their own password, sees only Defensie's submissions, and is locked out the moment the
 * administrator deactivates them. Refused changes leave users and audit trail as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GebruikersbeheerIT {

    private static final String TIJDELIJK = "Tijdelijk-voor-Defensie-7";
    private static final String EIGEN = "Een zin voor Defensie in 2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private Api admin() {
        return Api.als(basis, "admin");
    }

    private JsonObject maak(String login, String rollen, String ministerie) {
        Api.Antwoord a = admin().post(
                        "api/gebruikers",
                        "{\"gebruikersnaam\":\"" + login + "\",\"naam\":\"Test " + login + "\",\"rollen\":[" + rollen
                                + "]," + (ministerie == null ? "" : "\"ministerie\":\"" + ministerie + "\",")
                                + "\"tijdelijkWachtwoord\":\"" + TIJDELIJK + "\"}");
        assertEquals(201, a.status(), a.body());
        return a.object();
    }

    @Test
    void beheerderMaaktContactpersoonVanDefensieDieAlleenDefensieZietEnMeteenBuitenIsNaDeactiveren() {
        JsonObject nieuw = maak("def.nieuw", "\"MINISTRY_CONTACT\"", "DEF");
        assertEquals("DEF", nieuw.getString("ministerie"));
        assertEquals("Ministerie van Defensie", nieuw.getString("ministerieNaam"));
        assertEquals(
                List.of("Contactpersoon ministerie"),
                nieuw.getJsonArray("rolOmschrijvingen").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertTrue(nieuw.getBoolean("wachtwoordTijdelijk"));
        long id = nieuw.getJsonNumber("id").longValue();
        String audit = String.valueOf(TestDatabase.rijen(
                        "SELECT na FROM audit_regel WHERE entiteit = 'Gebruiker' AND entiteit_id = ? "
                                + "AND actie = 'AANGEMAAKT'",
                        String.valueOf(id))
                .get(0)
                .get("na"));
        assertTrue(
                audit.contains("\"ministerie\":\"DEF\"")
                        && audit.contains("MINISTRY_CONTACT")
                        && !audit.contains(TIJDELIJK),
                audit);

        // With the temporary password only the own account can be read and changed.
        Api tijdelijk = Api.als(basis, "def.nieuw", TIJDELIJK);
        assertEquals(200, tijdelijk.get("api/mij").status());
        Api.Antwoord geblokkeerd = tijdelijk.get("api/aanleveringen");
        assertEquals(403, geblokkeerd.status());
        assertTrue(geblokkeerd.body().contains("tijdelijk wachtwoord"), geblokkeerd.body());
        Api.Antwoord zwak =
                tijdelijk.put("api/mij/wachtwoord", "{\"huidig\":\"" + TIJDELIJK + "\",\"nieuw\":\"qwertyuiop123\"}");
        assertEquals(400, zwak.status());
        assertTrue(zwak.body().contains("veelgebruikte wachtwoorden"), zwak.body());
        Api.Antwoord naam = tijdelijk.put(
                "api/mij/wachtwoord", "{\"huidig\":\"" + TIJDELIJK + "\",\"nieuw\":\"mijn def.nieuw wachtwoord\"}");
        assertTrue(naam.body().contains("gebruikersnaam niet bevatten"), naam.body());
        assertEquals(
                204,
                tijdelijk
                        .put("api/mij/wachtwoord", "{\"huidig\":\"" + TIJDELIJK + "\",\"nieuw\":\"" + EIGEN + "\"}")
                        .status());
        assertEquals(401, tijdelijk.get("api/mij").status(), "het tijdelijke wachtwoord werkt niet meer");

        Api contact = Api.als(basis, "def.nieuw", EIGEN);
        Api.Antwoord lijst = contact.get("api/aanleveringen");
        assertEquals(200, lijst.status(), lijst.body());
        assertTrue(
                lijst.array().getValuesAs(JsonObject.class).stream()
                        .allMatch(a -> "DEF".equals(a.getString("ministerie"))),
                lijst.body());
        long jenv = Api.als(basis, "bzk").get("api/aanleveringen").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> "JENV".equals(a.getString("ministerie")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertEquals(403, contact.get("api/aanleveringen/" + jenv).status());
        assertTrue(TestDatabase.rijen("SELECT laatst_aangemeld FROM gebruiker WHERE id = ?", id)
                        .get(0)
                        .get("laatst_aangemeld")
                != null);

        long versie = admin().get("api/gebruikers/" + id)
                .object()
                .getJsonNumber("versie")
                .longValue();
        // Issue 30, finding 11: a deactivation from a stale form (an older version) is refused like every other change.
        Api.Antwoord oud = admin().post("api/gebruikers/" + id + "/deactiveren", "{\"versie\":" + (versie - 1) + "}");
        assertEquals(409, oud.status(), oud.body());
        assertEquals(200, contact.get("api/aanleveringen").status(), "nog actief");
        Api.Antwoord uit = admin().post("api/gebruikers/" + id + "/deactiveren", "{\"versie\":" + versie + "}");
        assertEquals(200, uit.status(), uit.body());
        Api.Antwoord weerOud = admin().post("api/gebruikers/" + id + "/activeren", "{\"versie\":" + versie + "}");
        assertEquals(409, weerOud.status(), weerOud.body());
        assertFalse(uit.object().getBoolean("actief"));
        assertEquals(401, contact.get("api/aanleveringen").status(), "de API-login uit de cache vervalt meteen");
    }

    @Test
    void eenContactpersoonMoetPaginaVoorPaginaEerstZijnWachtwoordKiezen() {
        maak("def.pagina", "\"MINISTRY_CONTACT\"", "DEF");
        Api browser = Inlogformulier.inloggen(basis, "def.pagina", TIJDELIJK);
        Api.Antwoord start = browser.get("index.xhtml");
        assertEquals(302, start.status());
        assertTrue(start.header("Location").endsWith("/spreiding/account/wachtwoord.xhtml"), start.header("Location"));
        Api.Antwoord pagina = browser.get("account/wachtwoord.xhtml");
        assertEquals(200, pagina.status());
        assertTrue(pagina.body().contains("U bent ingelogd met een tijdelijk wachtwoord"), pagina.body());
    }

    @Test
    void ongeldigeWijzigingenWordenGeweigerdEnWijzigenNiets() {
        long audits = TestDatabase.getal("SELECT COUNT(*) FROM audit_regel");
        long gebruikers = TestDatabase.getal("SELECT COUNT(*) FROM gebruiker");
        List<String[]> gevallen = List.of(
                new String[] {
                    "{\"gebruikersnaam\":\"zonder.min\",\"naam\":\"X\",\"rollen\":[\"MINISTRY_CONTACT\"],\"tijdelijkWachtwoord\":\""
                            + TIJDELIJK + "\"}",
                    "400",
                    "precies één ministerie"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"coord.min\",\"naam\":\"X\",\"rollen\":[\"BZK_COORDINATOR\"],\"ministerie\":\"DEF\",\"tijdelijkWachtwoord\":\""
                            + TIJDELIJK + "\"}",
                    "400",
                    "alleen een contactpersoon hoort bij een ministerie"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"bzk\",\"naam\":\"X\",\"rollen\":[\"ARCHIVIST\"],\"tijdelijkWachtwoord\":\""
                            + TIJDELIJK + "\"}",
                    "409",
                    "bestaat al een gebruiker"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"met spatie\",\"naam\":\"X\",\"rollen\":[\"ARCHIVIST\"],\"tijdelijkWachtwoord\":\""
                            + TIJDELIJK + "\"}",
                    "400",
                    "zonder spaties"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"rol.onbekend\",\"naam\":\"X\",\"rollen\":[\"GOD\"],\"tijdelijkWachtwoord\":\""
                            + TIJDELIJK + "\"}",
                    "400",
                    "onbekende rol 'GOD'"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"geen.rol\",\"naam\":\"X\",\"rollen\":[],\"tijdelijkWachtwoord\":\""
                            + TIJDELIJK + "\"}",
                    "400",
                    "ten minste één rol"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"kort.ww\",\"naam\":\"X\",\"rollen\":[\"ARCHIVIST\"],\"tijdelijkWachtwoord\":\"kort\"}",
                    "400",
                    "minstens 12 tekens"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"ww.lijst\",\"naam\":\"X\",\"rollen\":[\"ARCHIVIST\"],\"tijdelijkWachtwoord\":\"password1234\"}",
                    "400",
                    "veelgebruikte wachtwoorden"
                },
                // Issue 30, finding 10: a display name reaches mail headers and bodies, the paraaf block and the audit
                // trail; a line break in it is refused (the text rule), as is a NUL in a password (finding 12).
                new String[] {
                    "{\"gebruikersnaam\":\"eve\",\"naam\":\"Eve\\r\\nBcc: x@example.org\",\"rollen\":[\"ARCHIVIST\"],"
                            + "\"tijdelijkWachtwoord\":\"" + TIJDELIJK + "\"}",
                    "400",
                    "Veld naam: moet op één regel staan"
                },
                new String[] {
                    "{\"gebruikersnaam\":\"nul.ww\",\"naam\":\"X\",\"rollen\":[\"ARCHIVIST\"],"
                            + "\"tijdelijkWachtwoord\":\"Lang\\u0000genoeg-wachtwoord\"}",
                    "400",
                    "Veld tijdelijkWachtwoord: bevat een onzichtbaar stuurteken"
                });
        for (String[] geval : gevallen) {
            Api.Antwoord a = admin().post("api/gebruikers", geval[0]);
            assertEquals(Integer.parseInt(geval[1]), a.status(), a.body());
            assertTrue(a.object().getString("melding").contains(geval[2]), a.body());
        }
        // An administrator keeps their own ADMIN role and account.
        JsonObject ik = admin().get("api/gebruikers?zoek=admin").array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("gebruikersnaam").equals("admin"))
                .findFirst()
                .orElseThrow();
        long id = ik.getJsonNumber("id").longValue();
        long versie = ik.getJsonNumber("versie").longValue();
        Api.Antwoord rol = admin().put(
                        "api/gebruikers/" + id,
                        "{\"naam\":\"Beheerder\",\"rollen\":[\"BZK_COORDINATOR\"],\"versie\":" + versie + "}");
        assertEquals(409, rol.status(), rol.body());
        assertTrue(rol.object().getString("melding").contains("eigen beheerdersrol"), rol.body());
        // Nor gives themselves a workflow role (issue 30, finding 3: coordinator and signer in one hand).
        Api.Antwoord erbij = admin().put(
                        "api/gebruikers/" + id,
                        "{\"naam\":\"Beheerder\",\"rollen\":[\"ADMIN\",\"BZK_COORDINATOR\",\"ONDERTEKENAAR\"],\"versie\":"
                                + versie + "}");
        assertEquals(409, erbij.status(), erbij.body());
        assertTrue(erbij.object().getString("melding").contains("eigen rollen niet wijzigen"), erbij.body());
        Api.Antwoord zelf = admin().post("api/gebruikers/" + id + "/deactiveren", "{\"versie\":" + versie + "}");
        assertEquals(409, zelf.status(), zelf.body());
        assertEquals(403, Api.als(basis, "bzk").get("api/gebruikers").status(), "alleen beheerders");
        assertEquals(audits, TestDatabase.getal("SELECT COUNT(*) FROM audit_regel"));
        assertEquals(gebruikers, TestDatabase.getal("SELECT COUNT(*) FROM gebruiker"));
        assertEquals(
                List.of("ADMIN"),
                TestDatabase.rijen("SELECT rol FROM gebruiker_rol r JOIN gebruiker g ON g.id = r.gebruiker_id "
                                + "WHERE g.gebruikersnaam = 'admin'")
                        .stream()
                        .map(r -> (String) r.get("rol"))
                        .toList());
    }

    @Test
    void rollenWijzigenEnTijdelijkWachtwoordBeeindigenSessiesEnWordenGeaudit() {
        long id =
                maak("archief.twee", "\"ARCHIVIST\"", null).getJsonNumber("id").longValue();
        long versie = admin().get("api/gebruikers/" + id)
                .object()
                .getJsonNumber("versie")
                .longValue();
        Api.Antwoord wijzig = admin().put(
                        "api/gebruikers/" + id,
                        "{\"naam\":\"Archivaris Twee\",\"rollen\":[\"MINISTRY_CONTACT\"],"
                                + "\"ministerie\":\"FIN\",\"versie\":" + versie + "}");
        assertEquals(200, wijzig.status(), wijzig.body());
        assertEquals("FIN", wijzig.object().getString("ministerie"));
        Api.Antwoord oud = admin().put(
                        "api/gebruikers/" + id,
                        "{\"naam\":\"X\",\"rollen\":[\"ARCHIVIST\"],\"versie\":" + versie + "}");
        assertEquals(409, oud.status(), "verouderde versie");
        var regel = TestDatabase.rijen(
                        "SELECT voor, na FROM audit_regel WHERE entiteit = 'Gebruiker' AND entiteit_id = ? AND actie = 'GEWIJZIGD'",
                        String.valueOf(id))
                .get(0);
        assertTrue(
                String.valueOf(regel.get("voor")).contains("ARCHIVIST")
                        && String.valueOf(regel.get("na")).contains("\"ministerie\":\"FIN\""),
                regel.toString());
        long nieuweVersie = wijzig.object().getJsonNumber("versie").longValue();
        Api.Antwoord ww = admin().post(
                        "api/gebruikers/" + id + "/tijdelijk-wachtwoord",
                        "{\"wachtwoord\":\"Nog-een-tijdelijk-9\",\"versie\":" + nieuweVersie + "}");
        assertEquals(200, ww.status(), ww.body());
        assertEquals(
                401, Api.als(basis, "archief.twee", TIJDELIJK).get("api/mij").status());
        assertEquals(
                200,
                Api.als(basis, "archief.twee", "Nog-een-tijdelijk-9")
                        .get("api/mij")
                        .status());
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Gebruiker' AND entiteit_id = ? "
                                + "AND actie = 'TIJDELIJK_WACHTWOORD'",
                        String.valueOf(id)));
    }

    /**
     * Issue 30, finding 3: one administrator could produce a signed letter alone. Now the administrator takes no part in
     * the work (no workflow call, no workflow role next to ADMIN, an old combination signs in as administrator only);
     * while it is the only administrator its grants of the coordinator's, signer's and administrator's roles take
     * effect but are announced (start page of every holder, listed for good); once there are two, such a grant waits
     * for the other administrator, and neither the one who asked nor the account itself decides.
     */
    @Test
    void eenBeheerderWerktNietMeeEnGevoeligeRollenVragenEenTweedeBeheerder() {
        // IT administration only: the workflow refuses the administrator, pages and API alike.
        assertEquals(403, admin().get("api/aanleveringen").status());
        assertEquals(403, admin().get("api/dossiers/2025").status());
        assertEquals(403, admin().get("api/documenten").status());
        assertEquals(
                403,
                Inlogformulier.inloggen(basis, "admin", Api.WACHTWOORD)
                        .get("dossier/taken.xhtml")
                        .status());
        assertEquals(200, admin().get("api/archief/keten").status(), "the chain's integrity stays the administrator's");
        long gebruikers = TestDatabase.getal("SELECT COUNT(*) FROM gebruiker");
        Api.Antwoord combinatie = admin().post(
                        "api/gebruikers",
                        "{\"gebruikersnaam\":\"beheer.teken\",\"naam\":\"X\",\"rollen\":[\"ADMIN\",\"ONDERTEKENAAR\"],"
                                + "\"tijdelijkWachtwoord\":\"" + TIJDELIJK + "\"}");
        assertEquals(400, combinatie.status(), combinatie.body());
        assertTrue(
                combinatie.object().getString("melding").contains("Veld rollen: Een beheerder heeft geen andere rol"));
        assertEquals(gebruikers, TestDatabase.getal("SELECT COUNT(*) FROM gebruiker"));
        // An account from before the rule holding both signs in as administrator only.
        TestDatabase.maakGebruiker("oud.combi", EIGEN, "ONDERTEKENAAR", null);
        try (var c = TestDatabase.verbinding();
                var ps = c.prepareStatement("INSERT INTO gebruiker_rol (gebruiker_id, rol) "
                        + "SELECT id, 'ADMIN' FROM gebruiker WHERE gebruikersnaam = 'oud.combi'")) {
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Api oud = Api.als(basis, "oud.combi", EIGEN);
        assertEquals(403, oud.get("api/dossiers/2025").status(), "the signer's role is not in effect next to ADMIN");
        assertEquals(200, oud.get("api/gebruikers?zoek=oud.combi").status());
        // The deactivation keeps the count of active administrators at one for what follows.
        assertEquals(List.of("ADMIN"), strings(oud.get("api/mij").object(), "rollen"));
        long oudId = admin().get("api/gebruikers?zoek=oud.combi")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                admin().post(
                                "api/gebruikers/" + oudId + "/deactiveren",
                                "{\"versie\":"
                                        + admin().get("api/gebruikers/" + oudId)
                                                .object()
                                                .getJsonNumber("versie") + "}")
                        .status());

        // A single administrator: the grant takes effect, is kept and announced to every holder of the role.
        JsonObject teken = maak("teken.een", "\"ONDERTEKENAAR\"", null);
        assertEquals(List.of("ONDERTEKENAAR"), strings(teken, "rollen"));
        JsonObject zonder =
                admin()
                        .get("api/roltoekenningen?soort=zonder-tweede-beheerder")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(t -> t.getString("gebruikersnaam").equals("teken.een"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(zonder.getBoolean("zonderTweedeBeheerder"));
        assertEquals("Verleend", zonder.getString("statusOmschrijving"));
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM audit_regel WHERE actie = 'ROL_VERLEEND_ZONDER_TWEEDE_BEHEERDER' "
                                + "AND entiteit_id = ?",
                        String.valueOf(zonder.getJsonNumber("id").longValue())));
        // The signer's function, printed with the name under a letter (issue 31); the letter adds its own comma.
        long tekenaarId = teken.getJsonNumber("id").longValue();
        Api.Antwoord functie = admin().put(
                        "api/gebruikers/" + tekenaarId,
                        "{\"naam\":\"Test teken.een\",\"rollen\":[\"ONDERTEKENAAR\"],\"functie\":\"De Minister van "
                                + "Binnenlandse Zaken en Koninkrijksrelaties,\",\"versie\":"
                                + admin().get("api/gebruikers/" + tekenaarId)
                                        .object()
                                        .getJsonNumber("versie") + "}");
        assertEquals(200, functie.status(), functie.body());
        assertEquals(
                "De Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                functie.object().getString("functie"));
        String aankondiging = "de rol Ondertekenaar verleend aan Test teken.een, zonder tweede beheerder";
        String startTekenaar = Inlogformulier.inloggen(basis, "ondertekenaar", Api.WACHTWOORD)
                .get("index.xhtml")
                .body();
        assertTrue(startTekenaar.contains(aankondiging), startTekenaar);
        assertFalse(
                Inlogformulier.inloggen(basis, "archivaris", Api.WACHTWOORD)
                        .get("index.xhtml")
                        .body()
                        .contains(aankondiging),
                "only holders of the role");
        Api beheerPagina = Inlogformulier.inloggen(basis, "admin", Api.WACHTWOORD);
        String lijst = beheerPagina.get("beheer/gebruikers.xhtml").body();
        assertTrue(
                lijst.contains("Zonder tweede beheerder verleend") && lijst.contains("Test teken.een (teken.een)"),
                lijst);

        // A second administrator (granted by the single one, so announced too); from now on grants wait.
        long tweedeId =
                maak("beheer.twee", "\"ADMIN\"", null).getJsonNumber("id").longValue();
        try {
            Api tweede = Api.als(basis, "beheer.twee", TIJDELIJK);
            assertEquals(
                    204,
                    tweede.put("api/mij/wachtwoord", "{\"huidig\":\"" + TIJDELIJK + "\",\"nieuw\":\"" + EIGEN + "\"}")
                            .status());
            tweede = Api.als(basis, "beheer.twee", EIGEN);

            JsonObject coord = maak("coord.twee", "\"BZK_COORDINATOR\",\"ARCHIVIST\"", null);
            assertEquals(List.of("ARCHIVIST"), strings(coord, "rollen"), "the coordinator's role waits");
            assertEquals(List.of("BZK_COORDINATOR"), strings(coord, "wachtendeRollen"));
            JsonObject wacht = admin().get("api/roltoekenningen").array().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("gebruikersnaam").equals("coord.twee"))
                    .findFirst()
                    .orElseThrow();
            long toekenning = wacht.getJsonNumber("id").longValue();
            String versie = "{\"versie\":" + wacht.getJsonNumber("versie") + "}";
            // The administrator who asked sees no button and is refused; nothing changes.
            String pagina = beheerPagina.get("beheer/gebruikers.xhtml").body();
            assertTrue(pagina.contains("U vroeg deze rol zelf aan"), pagina);
            Api.Antwoord zelf = admin().post("api/roltoekenningen/" + toekenning + "/goedkeuren", versie);
            assertEquals(403, zelf.status(), zelf.body());
            assertTrue(zelf.object().getString("melding").contains("Vier ogen"), zelf.body());
            assertEquals(
                    List.of("ARCHIVIST"),
                    strings(
                            admin().get("api/gebruikers/" + coord.getJsonNumber("id"))
                                    .object(),
                            "rollen"));
            // The other administrator approves: now the account holds the role, with an audit line.
            Api.Antwoord goed = tweede.post("api/roltoekenningen/" + toekenning + "/goedkeuren", versie);
            assertEquals(200, goed.status(), goed.body());
            assertEquals("beheer.twee", goed.object().getString("beoordeeldDoor"));
            assertEquals(
                    List.of("BZK_COORDINATOR", "ARCHIVIST"),
                    strings(
                            admin().get("api/gebruikers/" + coord.getJsonNumber("id"))
                                    .object(),
                            "rollen"));
            assertEquals(
                    1,
                    TestDatabase.getal(
                            "SELECT COUNT(*) FROM audit_regel WHERE actie = 'ROL_TOEGEKEND' AND entiteit_id = ?",
                            String.valueOf(toekenning)));
            assertEquals(
                    409,
                    tweede.post("api/roltoekenningen/" + toekenning + "/afwijzen", versie)
                            .status(),
                    "decided");
            // A refused grant leaves the account as it was.
            long tekenId = teken.getJsonNumber("id").longValue();
            Api.Antwoord erbij = admin().put(
                            "api/gebruikers/" + tekenId,
                            "{\"naam\":\"Test teken.een\",\"rollen\":[\"ONDERTEKENAAR\",\"BZK_COORDINATOR\"],\"versie\":"
                                    + admin().get("api/gebruikers/" + tekenId)
                                            .object()
                                            .getJsonNumber("versie") + "}");
            assertEquals(200, erbij.status(), erbij.body());
            assertEquals(List.of("ONDERTEKENAAR"), strings(erbij.object(), "rollen"));
            JsonObject tweedeWacht = tweede.get("api/roltoekenningen").array().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("gebruikersnaam").equals("teken.een"))
                    .findFirst()
                    .orElseThrow();
            Api.Antwoord af = tweede.post(
                    "api/roltoekenningen/" + tweedeWacht.getJsonNumber("id") + "/afwijzen",
                    "{\"versie\":" + tweedeWacht.getJsonNumber("versie") + "}");
            assertEquals(200, af.status(), af.body());
            assertEquals("AFGEWEZEN", af.object().getString("status"));
            assertEquals(
                    List.of("ONDERTEKENAAR"),
                    strings(admin().get("api/gebruikers/" + tekenId).object(), "rollen"));
        } finally {
            admin().post(
                            "api/gebruikers/" + tweedeId + "/deactiveren",
                            "{\"versie\":"
                                    + admin().get("api/gebruikers/" + tweedeId)
                                            .object()
                                            .getJsonNumber("versie") + "}");
        }
    }

    private static List<String> strings(JsonObject o, String veld) {
        return o.getJsonArray(veld).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
