package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.bzk.spreiding.archive.ondertekening.OntwikkelSleutels;
import org.junit.jupiter.api.Test;

/**
 * A signing key that cannot be opened stops the application at start-up with a message naming the setting, instead
 * of failing at the first signature. Starts Payara Micro itself with a real PKCS#12 file and a wrong password.
 */
class SleutelStartIT {

    @Test
    void foutWachtwoordStoptDeStartMetEenDuidelijkeMelding() throws Exception {
        GedeeldeMicro.stopIndienActief();
        Path werk = Path.of("target", "sleutel-start");
        Mappen.verwijder(werk);
        Files.createDirectories(werk);
        OntwikkelSleutels.laadOfMaak(werk.resolve("sleutel"));
        Path p12 = werk.resolve("sleutel").resolve("ondertekening.p12").toAbsolutePath();
        int poort;
        try (ServerSocket s = new ServerSocket(0)) {
            poort = s.getLocalPort();
        }
        Path log = werk.resolve("server.log");
        List<String> cmd = List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx512m",
                "-Dspreiding.db.url=jdbc:h2:file:" + werk.toAbsolutePath()
                        + "/db/spreiding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "-Dspreiding.data.dir=" + werk.toAbsolutePath(),
                "-Dspreiding.demo.enabled=false",
                "-Dspreiding.ondertekening.sleutelopslag=pkcs12",
                "-Dspreiding.ondertekening.pkcs12.pad=" + p12,
                "-Dspreiding.ondertekening.pkcs12.wachtwoord=verkeerd",
                "-jar",
                System.getProperty("payara.micro.jar"),
                "--nocluster",
                "--port",
                String.valueOf(poort),
                "--contextroot",
                "spreiding",
                "--rootDir",
                werk.resolve("micro").toAbsolutePath().toString(),
                "--deploy",
                System.getProperty("spreiding.war"));
        Process server = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long tot = System.nanoTime() + 240_000_000_000L;
            String inhoud = "";
            while (!inhoud.contains(" ready in ") && System.nanoTime() < tot) {
                Thread.sleep(1000);
                inhoud = Files.readString(log, StandardCharsets.UTF_8);
            }
            assertTrue(
                    inhoud.contains("Spreiding kan niet starten: Onjuist wachtwoord voor het sleutelbestand " + p12
                            + " (spreiding.ondertekening.pkcs12.wachtwoord)"),
                    "log: " + inhoud.substring(Math.max(0, inhoud.length() - 3000)));
            int status = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/spreiding/login.xhtml"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertEquals(404, status, "the application is not running with an unusable key");
        } finally {
            server.destroy();
            server.waitFor();
        }
    }
}
