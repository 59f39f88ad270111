package nl.bzk.spreiding.archive;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority for the tests: Bouncy Castle's token generator behind the JDK's HTTP server on
 * a free loopback port, with a self-signed time-stamping certificate valid for {@code geldig} from an hour ago.
 */
public final class ProefTsa implements AutoCloseable {

    public final X509Certificate certificaat;
    public final AtomicInteger verzoeken = new AtomicInteger();
    private final HttpServer server;

    public ProefTsa(Duration geldig) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair paar = gen.generateKeyPair();
        X500Name naam = new X500Name("CN=Test-TSA, O=Spreiding test, C=NL");
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                naam,
                BigInteger.ONE,
                Date.from(Instant.now().minusSeconds(3600)),
                Date.from(Instant.now().plus(geldig)),
                naam,
                paar.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        certificaat = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(paar.getPrivate())));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(paar.getPrivate()), certificaat),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificaat)));
        TimeStampResponseGenerator antwoorden = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        AtomicInteger serie = new AtomicInteger(100);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", ex -> {
            verzoeken.incrementAndGet();
            try {
                TimeStampRequest verzoek =
                        new TimeStampRequest(ex.getRequestBody().readAllBytes());
                byte[] antwoord = antwoorden
                        .generate(verzoek, BigInteger.valueOf(serie.incrementAndGet()), new Date())
                        .getEncoded();
                ex.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                ex.sendResponseHeaders(200, antwoord.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(antwoord);
                }
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
            }
        });
        server.start();
    }

    public URI adres() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** The certificate as a PEM file, for a server that must trust it (spreiding.ondertekening.tsa.vertrouwd). */
    public Path pem(Path bestand) throws IOException, CertificateEncodingException {
        Files.writeString(
                bestand,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(certificaat.getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        return bestand;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
