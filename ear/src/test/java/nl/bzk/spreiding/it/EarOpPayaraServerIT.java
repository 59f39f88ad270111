package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The EAR as the user's design has it: Payara Server 6 from its Maven Central distribution, a new domain with the
 * PostgreSQL driver and the application's pool set on the domain (password as an alias), {@code asadmin deploy} of
 * {@code spreiding.ear}, then the smoke subset ({@link Rookproef}). Needs PostgreSQL (the PostgreSQL pass of .ci/run);
 * on the embedded H2 it is skipped. The database is a schema of its own, so the journey starts from the demo data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOpPayaraServerIT {

    private static final Logger LOG = Logger.getLogger(EarOpPayaraServerIT.class.getName());
    private static final String SCHEMA = "spreiding_ear";
    private static final int RONDE = 2035;
    // The demo signs 2025's letter through its dossier at start-up (DemoBriefdossier); the smoke test signs 2024's.
    private static final int BRIEFJAAR = 2024;
    private static final int DEMOJAAR = 2025;

    private PayaraServer server;
    private Rookproef rook;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "de EAR draait in de PostgreSQL-ronde van de suite");
        assumeTrue(PayaraServer.beschikbaar(), "Payara Server is niet uitgepakt (ear/pom.xml, profiel it-postgres)");
        String url = nieuwSchema();
        Path werk = Path.of("target", "payara-server-it").toAbsolutePath();
        server = PayaraServer.start(
                werk,
                List.of(
                        domein("spreiding.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource"),
                        domein("spreiding.db.url", url),
                        domein("spreiding.db.user", System.getProperty("it.db.user")),
                        // resolved by Payara's configuration from the domain's password store
                        domein("spreiding.db.password", "${ALIAS=spreiding-db}"),
                        domein("spreiding.data.dir", werk.resolve("data").toString()),
                        domein("spreiding.demo.enabled", "true")));
        server.wachtwoordalias("spreiding-db", System.getProperty("it.db.password"), werk);
        server.herstart();
        server.rolUit(Path.of(System.getProperty("spreiding.ear")));
        LOG.info(
                () -> "Payara Server: domein " + server.aanmaakMs + " ms, start " + server.startMs + " ms, instellingen"
                        + " en herstart " + server.instellenMs + " ms, uitrol EAR " + server.uitrolMs + " ms");
        rook = new Rookproef(new URL("http://127.0.0.1:" + server.httpPoort + "/spreiding/"));
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** The application's own schema, empty: Flyway builds it at deployment, the demo fills it. */
    private static String nieuwSchema() throws Exception {
        try (Connection c = TestDatabase.verbinding();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        return System.getProperty("it.db.url").replaceAll("currentSchema=[a-z_]+", "currentSchema=" + SCHEMA);
    }

    private static String domein(String naam, String waarde) {
        return "set-config-property --source=domain --propertyName=" + naam + " --propertyValue=" + waarde;
    }

    @Test
    @Order(1)
    void eenSetDescriptorenVoorWarEnEar() throws IOException {
        Path ear = Path.of(System.getProperty("spreiding.ear"));
        Path war = Path.of(System.getProperty("spreiding.war"));
        try (ZipFile earZip = new ZipFile(ear.toFile())) {
            // No application-level mapping that could differ from the web module's (it did before).
            assertEquals(null, earZip.getEntry("META-INF/glassfish-application.xml"));
            TreeMap<String, byte[]> inEar = descriptoren(lees(earZip, "spreiding-web.war"), "WEB-INF/");
            TreeMap<String, byte[]> opMicro = descriptoren(Files.readAllBytes(war), "WEB-INF/");
            assertEquals(opMicro.keySet(), inEar.keySet());
            opMicro.forEach((naam, inhoud) -> assertArrayEquals(inhoud, inEar.get(naam), naam));
            // The EJB module of the EAR carries the same glassfish-ejb-jar.xml as the WAR's WEB-INF.
            byte[] ejb =
                    descriptoren(lees(earZip, "spreiding-ejb.jar"), "META-INF/").get("glassfish-ejb-jar.xml");
            assertNotNull(ejb);
            assertArrayEquals(opMicro.get("glassfish-ejb-jar.xml"), ejb);
        }
        // The run-as identity of the start-up tasks got its role from that one mapping: the demo dossier is signed.
        assertFalse(server.log().contains("SEC5055"), "rollen dubbel of tegenstrijdig toegekend");
        assertTrue(server.log().contains("Demo-archief: 4 ondertekende documenten"), "demo-archief ontbreekt");
    }

    @Test
    @Order(2)
    void elkeRolMeldtZichAan() {
        rook.aanmeldenPerRol();
    }

    @Test
    @Order(3)
    void aanleveringWordtIngediendEnGoedgekeurd() {
        rook.aanleveringIngediendEnGoedgekeurd(RONDE);
    }

    @Test
    @Order(4)
    void briefsetWordtOndertekendEnDeArchivarisVerifieertHem() {
        JsonObject dossier = rook.briefsetOndertekend(BRIEFJAAR);
        assertEquals(4, rook.archivarisVerifieert(BRIEFJAAR, dossier));
        // the demo's letter of 2025 went the same route at start-up: signed in its dossier, four records that verify
        JsonObject demo = rook.dossier(DEMOJAAR);
        assertEquals("ONDERTEKEND", demo.getString("status"), demo.toString());
        assertEquals(4, rook.archivarisVerifieert(DEMOJAAR, demo));
    }

    private static byte[] lees(ZipFile zip, String naam) throws IOException {
        ZipEntry e = zip.getEntry(naam);
        assertNotNull(e, naam);
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** The XML descriptors directly in one folder of an archive, by file name. */
    private static TreeMap<String, byte[]> descriptoren(byte[] archief, String map) throws IOException {
        TreeMap<String, byte[]> uit = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archief))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String naam = e.getName();
                if (naam.startsWith(map) && naam.endsWith(".xml") && naam.indexOf('/', map.length()) < 0) {
                    uit.put(naam.substring(map.length()), in.readAllBytes());
                }
            }
        }
        return uit;
    }
}
