package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.bzk.spreiding.archive.ProefTsa;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Long-term validity end to end: a Payara of its own with a time-stamp service (the test's own RFC 3161 TSA, whose
 * certificate runs one day) archives the demo set at start as PAdES B-LTA; an administrator's renewal on a threshold
 * of two days adds a further document time-stamp to every record, chained and recorded as an event; EU DSS in the
 * server reports PAdES-BASELINE-LTA and the archive chain stays whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TijdstempelIT {

    private ProefTsa tsa;
    private Serverproces server;
    private URL basis;

    @BeforeAll
    void start() throws Exception {
        tsa = new ProefTsa(Duration.ofDays(1));
        Path pem = tsa.pem(Files.createTempFile("tsa", ".pem"));
        server = Serverproces.start(
                "tijdstempel",
                List.of(
                        "-Dspreiding.demo.enabled=true",
                        "-Dspreiding.ondertekening.tsa=" + tsa.adres(),
                        "-Dspreiding.ondertekening.tsa.vertrouwd=" + pem),
                List.of(),
                Map.of());
        basis = new URL("http://127.0.0.1:" + server.poort + "/spreiding/");
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
        if (tsa != null) {
            tsa.close();
        }
    }

    @Test
    void archiefIsBltaEnWordtVernieuwd() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        List<JsonObject> stukken =
                archivaris.get("api/archief?jaar=2025").array().getValuesAs(JsonObject.class);
        assertEquals(4, stukken.size(), stukken.toString());
        long id = stukken.get(0).getJsonNumber("id").longValue();
        JsonObject voor = archivaris.get("api/archief/" + id + "/verificatie").object();
        assertTrue(voor.getBoolean("geldig"), voor.toString());
        assertEquals("PAdES-BASELINE-LTA", voor.getString("niveau"), voor.toString());
        int stempelsVoor = tsa.verzoeken.get();

        // Nothing to renew within an hour; everything within two days (the TSA certificate runs one).
        assertEquals(
                0,
                Api.als(basis, "admin")
                        .post("api/archief/tijdstempels/vernieuwen?drempel=PT1H", "")
                        .object()
                        .getInt("vernieuwd"));
        assertEquals(
                403,
                archivaris
                        .post("api/archief/tijdstempels/vernieuwen?drempel=P2D", "")
                        .status());
        JsonObject vernieuwd = Api.als(basis, "admin")
                .post("api/archief/tijdstempels/vernieuwen?drempel=P2D", "")
                .object();
        assertEquals(4, vernieuwd.getInt("vernieuwd"), vernieuwd.toString());
        // four document time-stamps, and (issue 30, finding 7) a stamp of the chain's head after each of the four links
        assertEquals(stempelsVoor + 8, tsa.verzoeken.get());

        JsonObject na = archivaris.get("api/archief/" + id + "/verificatie").object();
        assertTrue(na.getBoolean("geldig"), na.toString());
        assertEquals("PAdES-BASELINE-LTA", na.getString("niveau"));
        JsonObject keten = archivaris.get("api/archief/keten").object();
        assertTrue(keten.getBoolean("geldig"), keten.toString());
        assertEquals(8, keten.getInt("schakels"), "four records and four renewals");
        assertTrue(keten.getString("ankerKop").startsWith("schakel 8,"), keten.toString());
        OffsetDateTime gestempeld = OffsetDateTime.parse(keten.getString("ankerGestempeldOp"));
        assertTrue(Math.abs(Duration.between(gestempeld, OffsetDateTime.now()).toMinutes()) < 10, keten.toString());
        // A stamp that does not cover the anchored head (here: link 7's, copied over link 8's) is reported.
        Path stempels = server.werk.resolve("data").resolve("archiefketen").resolve("stempels");
        byte[] echt = Files.readAllBytes(stempels.resolve("8.tst"));
        Files.copy(stempels.resolve("7.tst"), stempels.resolve("8.tst"), StandardCopyOption.REPLACE_EXISTING);
        JsonObject vervalst = archivaris.get("api/archief/keten").object();
        Files.write(stempels.resolve("8.tst"), echt);
        assertFalse(vervalst.getBoolean("geldig"), vervalst.toString());
        assertTrue(vervalst.toString().contains("past niet bij die kop"), vervalst.toString());
        assertTrue(archivaris.get("api/archief/keten").object().getBoolean("geldig"));

        // The export hands out the renewed file and records the renewal as an event; it still validates.
        byte[] zip = archivaris.download("api/archief/" + id + "/export.zip").body();
        byte[] pdf = archivaris.download("api/archief/" + id + "/pdf").body();
        boolean gezien = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] inhoud = in.readAllBytes();
                if (e.getName().endsWith(".mdto.xml")) {
                    Mdto.valideer(e.getName(), inhoud);
                }
                if (e.getName().endsWith(".pdf")) {
                    assertTrue(Arrays.equals(pdf, inhoud), "the renewed file");
                }
                if (e.getName().endsWith(".mdto.xml") && !e.getName().contains(".bestand.")) {
                    gezien = Mdto.labels(Mdto.lees(inhoud), "eventType").contains("Vernieuwing tijdstempel");
                }
            }
        }
        assertTrue(gezien, "renewal event in the MDTO file");
    }
}
