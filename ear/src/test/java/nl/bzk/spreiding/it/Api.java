package nl.bzk.spreiding.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for the API of the server under test, logging in as one user (or nobody). */
public final class Api {

    public static final String WACHTWOORD = "demo";

    private final URI basis;
    private final String gebruiker;
    private final String wachtwoord;
    private final HttpClient http;

    private Api(URL basis, String gebruiker, String wachtwoord) {
        this.basis = URI.create(basis.toString().endsWith("/") ? basis.toString() : basis + "/");
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public static Api als(URL basis, String gebruiker) {
        return new Api(basis, gebruiker, WACHTWOORD);
    }

    public static Api als(URL basis, String gebruiker, String wachtwoord) {
        return new Api(basis, gebruiker, wachtwoord);
    }

    public static Api anoniem(URL basis) {
        return new Api(basis, null, null);
    }

    public record Antwoord(int status, String body, HttpResponse<String> response) {
        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String naam) {
            return response.headers().firstValue(naam).orElse(null);
        }
    }

    /** A relative path is below the application (/spreiding/), an absolute one below the server root. */
    public Antwoord get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    /** A GET that names the version the client has (If-None-Match), for a 304 when it is still current. */
    public Antwoord getAlsGewijzigd(String pad, String etag) {
        return stuur(verzoek(pad).header("If-None-Match", etag).GET());
    }

    public Antwoord post(String pad, String json) {
        return stuur(verzoek(pad)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Antwoord put(String pad, String json) {
        return stuur(verzoek(pad)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Antwoord putBytes(String pad, String contentType, byte[] inhoud) {
        return stuur(
                verzoek(pad).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(inhoud)));
    }

    /** A POST with a file as body (e.g. a PDF to check) and a JSON answer. */
    public Antwoord postBestand(String pad, String contentType, byte[] inhoud) {
        return stuur(
                verzoek(pad).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(inhoud)));
    }

    public HttpResponse<byte[]> download(String pad) {
        return bytes(verzoek(pad).setHeader("Accept", "*/*").GET());
    }

    /** A POST with a JSON body whose answer is a file (a PDF preview). */
    public HttpResponse<byte[]> postVoorBestand(String pad, String json) {
        return bytes(verzoek(pad)
                .setHeader("Accept", "*/*")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<byte[]> bytes(HttpRequest.Builder verzoek) {
        try {
            return http.send(verzoek.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Antwoord delete(String pad) {
        return stuur(verzoek(pad).DELETE());
    }

    public Antwoord form(String pad, String urlencoded) {
        return stuur(verzoek(pad)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlencoded, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(basis.resolve(pad))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, text/html;q=0.9");
        if (gebruiker != null) {
            String token =
                    Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Antwoord stuur(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Antwoord(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
