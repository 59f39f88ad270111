package nl.bzk.spreiding.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.1 A/AA checks with axe-core, taken from the npm registry (a pinned version, verified against its SHA-512,
 * cached under target/) and injected into the page by the browser test.
 */
final class Toegankelijkheid {

    static final String VERSIE = "4.10.3";
    private static final String SHA512 =
            "5e6edba515e70d25f6604d9815f064d859c5d1ea7ab661bbc4f87c88779ef0c21cae0abbeb636471ef39e9d62d2582e4b88a1866f19f4ecfcf6d986275e4dc12";
    private static String bron;

    private Toegankelijkheid() {}

    /** The violations on the current page, as "rule (impact): help — n elements: selector …". */
    static List<String> schendingen(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object uit = js.executeAsyncScript(
                "var klaar = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { klaar(JSON.stringify(r.violations)); }, function (e) { klaar('FOUT ' + e); });");
        String json = String.valueOf(uit);
        if (json.startsWith("FOUT")) {
            throw new IllegalStateException("axe-core: " + json);
        }
        List<String> schendingen = new ArrayList<>();
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            for (JsonObject v : r.readArray().getValuesAs(JsonObject.class)) {
                JsonArray nodes = v.getJsonArray("nodes");
                String eerste = nodes.isEmpty()
                        ? ""
                        : nodes.getJsonObject(0).getJsonArray("target").toString();
                schendingen.add(v.getString("id") + " (" + v.getString("impact", "?") + "): " + v.getString("help")
                        + " — " + nodes.size() + " element(en), o.a. " + eerste);
            }
        }
        return schendingen;
    }

    private static synchronized String axe() {
        if (bron != null) {
            return bron;
        }
        Path cache = Path.of("target", "axe-core-" + VERSIE + ".tgz");
        try {
            byte[] tgz;
            if (Files.isRegularFile(cache)) {
                tgz = Files.readAllBytes(cache);
            } else {
                String registry = System.getProperty("npm.registry", "https://registry.npmjs.org");
                HttpResponse<byte[]> r = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(20))
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build()
                        .send(
                                HttpRequest.newBuilder(URI.create(registry + "/axe-core/-/axe-core-" + VERSIE + ".tgz"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(
                            "axe-core " + VERSIE + " niet te downloaden van " + registry + ": HTTP " + r.statusCode());
                }
                tgz = r.body();
            }
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-512").digest(tgz));
            if (!SHA512.equals(hash)) {
                throw new IllegalStateException("axe-core " + VERSIE + " heeft een onverwachte SHA-512: " + hash);
            }
            Files.createDirectories(cache.getParent());
            Files.write(cache, tgz);
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new GZIPInputStream(new ByteArrayInputStream(tgz)))) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    if (e.getName().equals("package/axe.min.js")) {
                        bron = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                        return bron;
                    }
                }
            }
            throw new IllegalStateException("axe.min.js ontbreekt in axe-core " + VERSIE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
