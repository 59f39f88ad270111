package nl.bzk.spreiding.archive.ondertekening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The embedded default's key material: on first start a development CA ("Spreiding Ontwikkel-CA") and a signing
 * certificate issued by it are generated and stored under the data directory — a PKCS#12 file, its random password
 * in a file readable only by the owner, and the CA certificate as PEM for validators. Later starts load them.
 * Not for production: there the key comes from a PKCS#12 file or an HSM (docs/archive.md).
 */
public final class OntwikkelSleutels {

    private static final Logger LOG = Logger.getLogger(OntwikkelSleutels.class.getName());
    static final String SLEUTELBESTAND = "ondertekening.p12";
    static final String WACHTWOORDBESTAND = "ondertekening.wachtwoord";
    static final String CA_BESTAND = "ontwikkel-ca.pem";
    private static final String ALIAS = "ondertekening";
    private static final String CA_ALIAS = "ontwikkel-ca";

    private OntwikkelSleutels() {}

    public static Sleutelmateriaal laadOfMaak(Path map) {
        Path sleutel = map.resolve(SLEUTELBESTAND);
        Path wachtwoord = map.resolve(WACHTWOORDBESTAND);
        Path ca = map.resolve(CA_BESTAND);
        try {
            if (!Files.exists(sleutel)) {
                maak(map, sleutel, wachtwoord, ca);
            }
            if (!Files.isRegularFile(wachtwoord) || !Files.isRegularFile(ca)) {
                throw new SleutelFout(
                        "Ontwikkelsleutel in " + map.toAbsolutePath() + " is onvolledig (" + WACHTWOORDBESTAND + " of "
                                + CA_BESTAND + " ontbreekt); verwijder de map om nieuwe sleutels te laten maken");
            }
            char[] geheim = Files.readString(wachtwoord, StandardCharsets.US_ASCII)
                    .strip()
                    .toCharArray();
            X509Certificate caCert;
            try (InputStream in = Files.newInputStream(ca)) {
                caCert = (X509Certificate)
                        CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            Sleutelmateriaal m = Sleutelopslag.pkcs12(sleutel, geheim, ALIAS, List.of(caCert));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(sleutel)) {
                ks.load(in, geheim);
            }
            PrivateKey caSleutel = (PrivateKey) ks.getKey(CA_ALIAS, geheim);
            // The development CA states at each signing that nothing is revoked, so validators find revocation data.
            return m.metIntrekking(keten -> List.of(crl(caCert, caSleutel)));
        } catch (IOException | GeneralSecurityException e) {
            throw new SleutelFout(
                    "Ontwikkelsleutel in " + map.toAbsolutePath() + " niet te maken of te lezen: " + e.getMessage(), e);
        }
    }

    private static void maak(Path map, Path sleutel, Path wachtwoord, Path ca)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(map);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(3072);
        KeyPair caPaar = gen.generateKeyPair();
        KeyPair ondertekenPaar = gen.generateKeyPair();
        Instant nu = Instant.now();
        X500Name caNaam = new X500Name(
                "CN=Spreiding Ontwikkel-CA, OU=Alleen voor ontwikkeling en test, O=Spreiding rijkswerkgelegenheid, C=NL");
        X509Certificate caCert = certificaat(caNaam, caNaam, caPaar, caPaar, nu, Duration.ofDays(3650), true);
        X509Certificate ondertekenCert = certificaat(
                caNaam,
                new X500Name(
                        "CN=Spreiding documentondertekening (ontwikkeling), O=Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, C=NL"),
                caPaar,
                ondertekenPaar,
                nu,
                Duration.ofDays(1825),
                false);

        char[] geheim = willekeurigWachtwoord();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, ondertekenPaar.getPrivate(), geheim, new Certificate[] {ondertekenCert, caCert});
        ks.setKeyEntry(CA_ALIAS, caPaar.getPrivate(), geheim, new Certificate[] {caCert});
        Files.writeString(wachtwoord, new String(geheim), StandardCharsets.US_ASCII);
        alleenEigenaar(wachtwoord);
        try (OutputStream uit = Files.newOutputStream(sleutel)) {
            ks.store(uit, geheim);
        }
        alleenEigenaar(sleutel);
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(pem)) {
            w.writeObject(caCert);
        }
        Files.writeString(ca, pem.toString(), StandardCharsets.US_ASCII);
        LOG.warning("Ontwikkelsleutel en ontwikkel-CA gemaakt in " + map.toAbsolutePath()
                + "; alleen voor ontwikkeling en test, niet voor productie (zie docs/archive.md)");
    }

    static byte[] crl(X509Certificate ca, PrivateKey caSleutel) {
        try {
            Instant nu = Instant.now();
            X509v2CRLBuilder b = new X509v2CRLBuilder(
                    X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), Date.from(nu.minusSeconds(60)));
            b.setNextUpdate(Date.from(nu.plus(Duration.ofDays(30))));
            b.addExtension(
                    Extension.authorityKeyIdentifier,
                    false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
            b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(nu.toEpochMilli())));
            return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caSleutel))
                    .getEncoded();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new SleutelFout("Intrekkingslijst van de ontwikkel-CA niet te maken: " + e.getMessage(), e);
        }
    }

    static X509Certificate certificaat(
            X500Name uitgever,
            X500Name onderwerp,
            KeyPair uitgeverPaar,
            KeyPair onderwerpPaar,
            Instant vanaf,
            Duration geldig,
            boolean ca)
            throws GeneralSecurityException, IOException {
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                uitgever,
                new BigInteger(128, new SecureRandom()),
                Date.from(vanaf.minus(Duration.ofHours(1))),
                Date.from(vanaf.plus(geldig)),
                onderwerp,
                onderwerpPaar.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(
                Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(onderwerpPaar.getPublic()));
        b.addExtension(
                Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(uitgeverPaar.getPublic()));
        if (ca) {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            // id-kp-documentSigning (RFC 9336)
            b.addExtension(
                    Extension.extendedKeyUsage,
                    false,
                    new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"))));
        }
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            b.build(new JcaContentSignerBuilder("SHA256withRSA").build(uitgeverPaar.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static char[] willekeurigWachtwoord() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b).toCharArray();
    }

    private static void alleenEigenaar(Path bestand) {
        try {
            Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): the directory's own rights apply
        }
    }
}
