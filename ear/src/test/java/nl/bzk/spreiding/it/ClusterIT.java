package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two Payara Micro instances on one PostgreSQL database, clustered through Payara's data grid (Hazelcast, TCP discovery
 * on the loopback), behind Debian's HAProxy (issue 18). Both start at the same moment on an empty database; the start-up
 * work runs once. The scheduled renewal fires on both and runs on one. A change accepted on one instance empties the
 * figures cache of the other; an account deactivated on one is refused at once by the other, where its login was
 * cached. A contact edits a submission in the browser through the load balancer; the instance that
 * served her dies (SIGKILL) halfway; she carries on signed in, her typing and the page's state intact, and files.
 * Last, the database is dumped and restored into an empty database, a fresh instance starts on it, and the archivist
 * verifies the archive chain and every document there. Needs PostgreSQL, HAProxy and Chromium (the PostgreSQL pass of
 * .ci/run installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final String DATABASE = "spreiding_cluster";
    private static final String HERSTELD = "spreiding_herstel";

    /** The deployment with a separate schema owner (docs/deployment.md): the cluster's instances run as APP. */
    private static final String EIGENAAR = "spreiding_it_eigenaar";

    private static final String APP = "spreiding_it_app";
    private static final String APP_WACHTWOORD = "app-" + UUID.randomUUID();
    private static final String EIGENAAR_WACHTWOORD = "eigenaar-" + UUID.randomUUID();
    private static final int JAAR = 2036;

    private final Path werk = Path.of("target", "cluster").toAbsolutePath();
    private final List<Serverproces> instanties = new ArrayList<>();
    private Serverproces a;
    private Serverproces b;
    private Serverproces herstel;
    private Lastverdeler lastverdeler;
    private Instant beideGereed;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "het cluster draait in de PostgreSQL-ronde van de suite");
        Browser.vereist();
        if (!Lastverdeler.beschikbaar()) {
            assumeTrue(!Boolean.getBoolean("browser.required"), "HAProxy ontbreekt (apt-get install haproxy)");
            throw new IllegalStateException(
                    "HAProxy ontbreekt (" + Lastverdeler.HAPROXY + "): apt-get install haproxy");
        }
        Mappen.verwijder(werk);
        Files.createDirectories(werk);
        nieuweDatabaseMetEigenaar(DATABASE);
        String cluster = "spreiding-it-" + UUID.randomUUID().toString().substring(0, 8);
        int grid = Serverproces.vrijePoort();
        long t0 = System.nanoTime();
        // at the same moment, on an empty database and one shared data folder (the signing key's)
        a = instantie("cluster-a", "a", cluster, grid);
        b = instantie("cluster-b", "b", cluster, grid);
        a.wachtTotGereed();
        long klaarA = (System.nanoTime() - t0) / 1_000_000;
        b.wachtTotGereed();
        long klaarB = (System.nanoTime() - t0) / 1_000_000;
        beideGereed = Instant.now();
        LOG.info(() -> "Twee instanties tegelijk gestart: a gereed na " + klaarA + " ms, b na " + klaarB + " ms");
        lastverdeler = Lastverdeler.start(werk.resolve("haproxy"), Map.of("a", a.poort, "b", b.poort));
    }

    private Serverproces instantie(String map, String naam, String cluster, int grid) throws Exception {
        Serverproces s = Serverproces.begin(
                map,
                Stream.concat(
                                gescheiden(opties(DATABASE, werk.resolve("data"))).stream(),
                                // every minute instead of nightly, so the test sees both instances fire
                                Stream.of("-Dspreiding.archief.tijdstempel.tijdstip=*:*"))
                        .toList(),
                List.of(
                        "--addLibs",
                        System.getProperty("postgresql.jar"),
                        "--name",
                        naam,
                        "--clustername",
                        cluster,
                        "--clustermode",
                        "tcpip:127.0.0.1:" + grid,
                        "--startport",
                        String.valueOf(grid),
                        "--interfaces",
                        "127.0.0.1",
                        // both on one host: without this, a session's backup never lands on the other instance
                        "--nohostaware"),
                Map.of());
        instanties.add(s);
        return s;
    }

    @AfterAll
    void stop() throws Exception {
        if (lastverdeler != null) {
            lastverdeler.close();
        }
        for (Serverproces s : instanties) {
            s.stop();
        }
    }

    @Test
    @Order(1)
    void opstartwerkEenmaal() throws Exception {
        String logA = a.logNu();
        String logB = b.logNu();
        assertTrue(logA.contains("Opstartwerk klaar") && logB.contains("Opstartwerk klaar"));
        assertEquals(1, keer("Ontwikkelsleutel en ontwikkel-CA gemaakt", logA, logB), "één sleutel gemaakt");
        assertEquals(1, keer("Demo-archief: 4 ondertekende documenten", logA, logB), "demo-archief eenmaal");
        assertEquals(1, keer("Opstartslot na ", logA, logB), "de tweede wachtte op de eerste");
        try (Connection c = verbinding(DATABASE)) {
            assertEquals(9, TestDatabase.getal(c, "SELECT COUNT(*) FROM gebruiker"));
            assertEquals(4, TestDatabase.getal(c, "SELECT COUNT(*) FROM archiefstuk"));
            assertEquals(
                    TestDatabase.getal(c, "SELECT COUNT(DISTINCT version) FROM flyway_schema_history"),
                    TestDatabase.getal(c, "SELECT COUNT(*) FROM flyway_schema_history"));
        }
        try (var sleutels = Files.list(werk.resolve("data").resolve("ondertekening"))) {
            assertEquals(1, sleutels.filter(p -> p.toString().endsWith(".p12")).count(), "één sleutelbestand");
        }
        // Issue 30, finding 7: the instances run as a user with data rights only; the schema is the owner's, so the
        // application's user can neither switch off the append-only triggers nor change the schema.
        try (Connection c = verbinding(DATABASE)) {
            assertEquals(
                    List.of(EIGENAAR),
                    TestDatabase.rijen(c, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
                            .stream()
                            .map(r -> r.get("tableowner"))
                            .toList());
        }
        try (Connection app = DriverManager.getConnection(url(DATABASE), APP, APP_WACHTWOORD);
                Statement s = app.createStatement()) {
            assertTrue(TestDatabase.getal(app, "SELECT COUNT(*) FROM audit_regel") > 0, "the user reads");
            for (String poging : List.of(
                    "ALTER TABLE audit_regel DISABLE TRIGGER ALL",
                    "ALTER TABLE archiefstuk DISABLE TRIGGER ALL",
                    "DELETE FROM audit_regel",
                    "TRUNCATE audit_regel",
                    "DROP TABLE archiefstuk",
                    "CREATE TABLE achterdeur (id INT)",
                    "DELETE FROM flyway_schema_history")) {
                SQLException fout = org.junit.jupiter.api.Assertions.assertThrows(
                        SQLException.class, () -> s.execute(poging), poging);
                assertTrue(
                        fout.getMessage().contains("must be owner")
                                || fout.getMessage().contains("permission denied")
                                || fout.getMessage().contains("alleen worden aangevuld"),
                        poging + ": " + fout.getMessage());
            }
        }
        assertTrue(logA.contains("Migraties als schema-eigenaar " + EIGENAAR)
                || logB.contains("Migraties als schema-eigenaar " + EIGENAAR));
        // The second instance joined the first's data grid (Payara logs its state when it is ready).
        assertTrue(logB.contains("DG Size: 2"), "instantie b niet in het datagrid van a");
    }

    @Test
    @Order(2)
    void geplandeTaakDraaitOpEenInstantie() throws Exception {
        OffsetDateTime vanaf = OffsetDateTime.ofInstant(
                beideGereed.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES), ZoneOffset.UTC);
        long tot = System.nanoTime() + 80_000_000_000L;
        try (Connection c = verbinding(DATABASE)) {
            while (TestDatabase.getal(c, "SELECT COUNT(*) FROM taakuitvoering WHERE tijdvak >= ?", vanaf) == 0
                    && System.nanoTime() < tot) {
                Thread.sleep(1000);
            }
            Thread.sleep(3000); // the instance that lost the claim logs it a moment later
            long rijen = TestDatabase.getal(c, "SELECT COUNT(*) FROM taakuitvoering");
            assertTrue(TestDatabase.getal(c, "SELECT COUNT(*) FROM taakuitvoering WHERE tijdvak >= ?", vanaf) >= 1);
            String logA = a.logNu();
            String logB = b.logNu();
            assertEquals(rijen, keer("Tijdstempelvernieuwing uitgevoerd", logA, logB), "eenmaal per minuut");
            assertTrue(keer("Tijdstempelvernieuwing overgeslagen", logA, logB) >= 1, "de ander sloeg over");
        }
    }

    @Test
    @Order(3)
    void cijfersOpDeAndereInstantieVolgenEenGoedkeuring() throws Exception {
        URL opA = basis(a);
        URL opB = basis(b);
        Aanleverproces p = new Aanleverproces(opA);
        p.openRonde(JAAR, 30);
        p.aanleverenEnGoedkeuren(Api.als(opA, "contact.fin"), JAAR, Aanleverproces.regel("BD", "PV28", "200", "nieuw"));
        Api bzkOpB = Api.als(opB, "bzk");
        Api.Antwoord eerst = bzkOpB.get("api/cijfers/" + JAAR);
        assertEquals(200, eerst.status(), eerst.body());
        assertEquals(200, eerst.object().getJsonNumber("totaal").intValue());
        // B now keeps the picture of 200 fte; Defence is accepted on A
        p.aanleverenEnGoedkeuren(
                Api.als(opA, "contact.def"), JAAR, Aanleverproces.regel("DEF-CLAS", "PV22", "300", "nieuw"));
        long tot = System.nanoTime() + 5_000_000_000L;
        Api.Antwoord daarna = bzkOpB.get("api/cijfers/" + JAAR);
        while (daarna.object().getJsonNumber("totaal").intValue() != 500 && System.nanoTime() < tot) {
            Thread.sleep(100); // the grid delivers the message asynchronously, within milliseconds
            daarna = bzkOpB.get("api/cijfers/" + JAAR);
        }
        assertEquals(500, daarna.object().getJsonNumber("totaal").intValue(), daarna.body());
        assertNotEquals(eerst.header("ETag"), daarna.header("ETag"));

        // Issue 31: whether the year counts follows the round on every instance. B keeps the provisional picture; the
        // expected list and the closing happen on A, and B shows the year as definitief.
        assertFalse(daarna.object().getJsonObject("jaarstatus").getBoolean("definitief"), daarna.body());
        p.sluitMetVerwacht(JAAR, "FIN", "DEF");
        tot = System.nanoTime() + 5_000_000_000L;
        JsonObject status = bzkOpB.get("api/cijfers/" + JAAR).object().getJsonObject("jaarstatus");
        while (!status.getBoolean("definitief") && System.nanoTime() < tot) {
            Thread.sleep(100);
            status = bzkOpB.get("api/cijfers/" + JAAR).object().getJsonObject("jaarstatus");
        }
        assertTrue(status.getBoolean("definitief"), status.toString());
        // Reopened on A: provisional again on B.
        Api.Antwoord heropend = Api.als(opA, "bzk")
                .post(
                        "api/rondes/" + JAAR + "/openen",
                        "{\"versie\":"
                                + Api.als(opA, "bzk")
                                        .get("api/rondes/" + JAAR)
                                        .object()
                                        .getJsonNumber("versie") + "}");
        assertEquals(200, heropend.status(), heropend.body());
        tot = System.nanoTime() + 5_000_000_000L;
        status = bzkOpB.get("api/cijfers/" + JAAR).object().getJsonObject("jaarstatus");
        while (status.getBoolean("definitief") && System.nanoTime() < tot) {
            Thread.sleep(100);
            status = bzkOpB.get("api/cijfers/" + JAAR).object().getJsonObject("jaarstatus");
        }
        assertFalse(status.getBoolean("definitief"), status.toString());
    }

    @Test
    @Order(4)
    void eenGedeactiveerdAccountIsOpElkeInstantieMeteenUit() throws Exception {
        // Defence's contact signs in over the API on B, where the login is then kept for a minute (BasicCache).
        Api defensieOpB = Api.als(basis(b), "contact.def");
        assertEquals(200, defensieOpB.get("api/mij").status());
        Api beheerOpA = Api.als(basis(a), "admin");
        JsonObject account =
                beheerOpA.get("api/gebruikers?zoek=contact.def").array().getValuesAs(JsonObject.class).stream()
                        .filter(g -> g.getString("gebruikersnaam").equals("contact.def"))
                        .findFirst()
                        .orElseThrow();
        Api.Antwoord uit = beheerOpA.post(
                "api/gebruikers/" + account.getJsonNumber("id").longValue() + "/deactiveren",
                "{\"versie\":" + account.getJsonNumber("versie").longValue() + "}");
        assertEquals(200, uit.status(), uit.body());
        // deactivated on A: B refuses the very next call, its cached login notwithstanding
        assertEquals(401, defensieOpB.get("api/mij").status());
    }

    @Test
    @Order(5)
    void gebruikerWerktDoorAlsHaarInstantieWegvalt() throws Exception {
        URL opA = basis(a);
        Aanleverproces p = new Aanleverproces(opA);
        Api jenv = p.jenv();
        long id = p.begin(jenv, JAAR).getJsonNumber("id").longValue();
        Api.Antwoord gezet = p.zetRegels(
                jenv,
                id,
                p.versie(jenv, id),
                Aanleverproces.regel("CJIB", "PV20", "10", "nieuw"),
                Aanleverproces.regel("CJIB", "PV21", "10", "nieuw"),
                Aanleverproces.regel("CJIB", "PV22", "10", "nieuw"));
        assertEquals(200, gezet.status(), gezet.body());

        URL doorVerdeler = new URL("http://127.0.0.1:" + lastverdeler.poort + "/spreiding/");
        try (Browser contact = Browser.open(doorVerdeler)) {
            contact.login("contact.jenv");
            contact.ga("ministerie/aanlevering.xhtml?jaar=" + JAAR);
            contact.typ("regels:grid:0:fte", "11");
            contact.klik("regels:opslaan");
            assertTrue(contact.tekst().contains("De regels zijn opgeslagen."), contact.tekst());
            String voor = contact.driver()
                    .manage()
                    .getCookieNamed(Lastverdeler.COOKIE)
                    .getValue();
            Serverproces bediende = voor.equals("a") ? a : b;

            bediende.dood();
            LOG.info(() -> "Instantie " + voor + " gestopt (SIGKILL) midden in de aanlevering");

            // The same page, its state from before: typing, saving and filing go on at the other instance.
            contact.typ("regels:grid:1:fte", "22");
            contact.klik("regels:opslaan");
            assertTrue(contact.tekst().contains("De regels zijn opgeslagen."), contact.tekst());
            assertFalse(
                    contact.driver().getCurrentUrl().contains("login"),
                    contact.driver().getCurrentUrl());
            assertNotEquals(
                    voor,
                    contact.driver()
                            .manage()
                            .getCookieNamed(Lastverdeler.COOKIE)
                            .getValue());
            contact.klik("regels:indienen");
            assertEquals("Ingediend", contact.tekst(By.cssSelector("#status strong")));
        }
        // Nothing lost, nothing twice.
        try (Connection c = verbinding(DATABASE)) {
            assertEquals(
                    3, TestDatabase.getal(c, "SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ?", id));
            assertEquals(
                    43, TestDatabase.getal(c, "SELECT SUM(fte) FROM aanlevering_regel WHERE aanlevering_id = ?", id));
            assertEquals(
                    1,
                    TestDatabase.getal(
                            c,
                            "SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Aanlevering' AND entiteit_id = ? "
                                    + "AND actie = 'INGEDIEND'",
                            String.valueOf(id)));
        }
    }

    @Test
    @Order(6)
    void eenDumpWordtTeruggezetEnHetArchiefKlopt() throws Exception {
        Serverproces over = a.isLevend() ? a : b;
        Api archivaris = Api.als(basis(over), "archivaris");
        int stukken = archivaris.get("api/archief").array().size();
        assertTrue(stukken >= 4, String.valueOf(stukken));

        // The backup as docs/deployment.md takes it: the database in pg_dump's custom format, and the data folder.
        Path dump = werk.resolve("spreiding.dump");
        opdracht(
                "pg_dump",
                "-h",
                "127.0.0.1",
                "-U",
                System.getProperty("it.db.user"),
                "-Fc",
                "-f",
                dump.toString(),
                DATABASE);
        Path data = werk.resolve("herstel-data");
        kopieer(werk.resolve("data"), data);
        // The restore: an empty database, pg_restore, the data folder, one instance.
        nieuweDatabase(HERSTELD);
        opdracht(
                "pg_restore",
                "-h",
                "127.0.0.1",
                "-U",
                System.getProperty("it.db.user"),
                "--no-owner",
                "--exit-on-error",
                "-d",
                HERSTELD,
                dump.toString());
        herstel = Serverproces.start(
                "cluster-herstel",
                opties(HERSTELD, data),
                List.of("--addLibs", System.getProperty("postgresql.jar")),
                Map.of());
        instanties.add(herstel);
        Api naHerstel = Api.als(basis(herstel), "archivaris");
        JsonObject keten = naHerstel.get("api/archief/keten").object();
        assertTrue(keten.getBoolean("geldig"), keten.toString());
        List<JsonObject> lijst = naHerstel.get("api/archief").array().getValuesAs(JsonObject.class);
        assertEquals(stukken, lijst.size());
        for (JsonObject stuk : lijst) {
            JsonObject verificatie = naHerstel
                    .get("api/archief/" + stuk.getJsonNumber("id").longValue() + "/verificatie")
                    .object();
            assertTrue(verificatie.getBoolean("geldig"), verificatie.toString());
        }
        try (Connection c = verbinding(HERSTELD)) {
            assertEquals(
                    0,
                    TestDatabase.getal(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"),
                    "the restored schema needed no repair");
        }
    }

    /** An instance's settings: a database on the suite's PostgreSQL, a data folder, the demo accounts. */
    private static List<String> opties(String database, Path data) {
        return List.of(
                "-Dspreiding.demo.enabled=true",
                "-Dspreiding.db.url=" + url(database),
                "-Dspreiding.db.user=" + System.getProperty("it.db.user"),
                "-Dspreiding.db.password=" + System.getProperty("it.db.password"),
                "-Dspreiding.db.datasource-class=org.postgresql.ds.PGSimpleDataSource",
                "-Dspreiding.data.dir=" + data);
    }

    /** The cluster's instances: the application's user with data rights, the owner for the migrations. */
    private static List<String> gescheiden(List<String> opties) {
        return Stream.concat(
                        opties.stream()
                                .filter(o -> !o.startsWith("-Dspreiding.db.user=")
                                        && !o.startsWith("-Dspreiding.db.password=")),
                        Stream.of(
                                "-Dspreiding.db.user=" + APP,
                                "-Dspreiding.db.password=" + APP_WACHTWOORD,
                                "-Dspreiding.db.eigenaar.user=" + EIGENAAR,
                                "-Dspreiding.db.eigenaar.password=" + EIGENAAR_WACHTWOORD))
                .toList();
    }

    private static void nieuweDatabaseMetEigenaar(String naam) throws SQLException {
        try (Connection c = TestDatabase.verbinding();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + naam + " WITH (FORCE)");
            // a restore of an earlier run carries grants to the roles
            s.execute("DROP DATABASE IF EXISTS " + HERSTELD + " WITH (FORCE)");
            s.execute("DROP ROLE IF EXISTS " + APP);
            s.execute("DROP ROLE IF EXISTS " + EIGENAAR);
            s.execute("CREATE ROLE " + EIGENAAR + " LOGIN PASSWORD '" + EIGENAAR_WACHTWOORD + "'");
            s.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP_WACHTWOORD + "'");
            s.execute("CREATE DATABASE " + naam + " OWNER " + EIGENAAR);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    private static URL basis(Serverproces s) throws IOException {
        return new URL("http://127.0.0.1:" + s.poort + "/spreiding/");
    }

    private static long keer(String tekst, String... logs) {
        long n = 0;
        for (String log : logs) {
            for (int i = log.indexOf(tekst); i >= 0; i = log.indexOf(tekst, i + 1)) {
                n++;
            }
        }
        return n;
    }

    private static void nieuweDatabase(String naam) throws SQLException {
        try (Connection c = TestDatabase.verbinding();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + naam + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + naam);
        }
    }

    private static Connection verbinding(String database) throws SQLException {
        return DriverManager.getConnection(
                url(database), System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    private void opdracht(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ":\n" + uit);
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        try (var paden = Files.walk(van)) {
            for (Path bron : (Iterable<Path>) paden::iterator) {
                Path doel = naar.resolve(van.relativize(bron).toString());
                if (Files.isDirectory(bron)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(bron, doel, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
