package nl.bzk.spreiding.archive.ondertekening;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** An RFC 3161 time-stamp client for PAdES B-T: the TSA signs the hash of our signature value. */
public final class Tijdstempelaar {

    private final URI tsa;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Tijdstempelaar(URI tsa) {
        this.tsa = tsa;
    }

    public URI adres() {
        return tsa;
    }

    public TimeStampToken stempel(byte[] handtekening) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(handtekening);
            TimeStampRequestGenerator g = new TimeStampRequestGenerator();
            g.setCertReq(true);
            TimeStampRequest verzoek = g.generate(TSPAlgorithms.SHA256, hash, new BigInteger(64, new SecureRandom()));
            HttpResponse<byte[]> antwoord = http.send(
                    HttpRequest.newBuilder(tsa)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/timestamp-query")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(verzoek.getEncoded()))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (antwoord.statusCode() != 200) {
                throw new IOException("Tijdstempeldienst " + tsa + " antwoordde HTTP " + antwoord.statusCode());
            }
            TimeStampResponse r = new TimeStampResponse(antwoord.body());
            r.validate(verzoek);
            if (r.getTimeStampToken() == null) {
                throw new IOException("Tijdstempeldienst " + tsa + " weigerde: " + r.getStatusString());
            }
            return r.getTimeStampToken();
        } catch (TSPException | NoSuchAlgorithmException e) {
            throw new IOException("Ongeldig antwoord van tijdstempeldienst " + tsa + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Onderbroken tijdens tijdstempel", e);
        }
    }
}
