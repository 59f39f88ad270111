package nl.bzk.spreiding.archive.ondertekening;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * Revocation lists of a production CA, fetched over HTTP from the CRL distribution points in the certificates. A list
 * that cannot be fetched is left out (logged): the signature is still made, with less validation data.
 */
final class Intrekkingslijsten {

    private static final Logger LOG = Logger.getLogger(Intrekkingslijsten.class.getName());
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Intrekkingslijsten() {}

    static List<byte[]> uitVerdeelpunten(List<X509Certificate> keten) {
        List<byte[]> lijsten = new ArrayList<>();
        for (X509Certificate cert : keten) {
            for (String adres : adressen(cert)) {
                try {
                    HttpResponse<byte[]> r = HTTP.send(
                            HttpRequest.newBuilder(URI.create(adres))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() == 200) {
                        lijsten.add(r.body());
                        break;
                    }
                    LOG.warning("Intrekkingslijst " + adres + " gaf HTTP " + r.statusCode());
                } catch (Exception e) {
                    LOG.warning("Intrekkingslijst " + adres + " niet op te halen: " + e.getMessage());
                }
            }
        }
        return lijsten;
    }

    private static List<String> adressen(X509Certificate cert) {
        List<String> adressen = new ArrayList<>();
        byte[] ext = cert.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (ext == null) {
            return adressen;
        }
        try {
            CRLDistPoint punten = CRLDistPoint.getInstance(
                    ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets()));
            for (DistributionPoint p : punten.getDistributionPoints()) {
                if (p.getDistributionPoint() != null
                        && p.getDistributionPoint().getName() instanceof GeneralNames namen) {
                    for (GeneralName n : namen.getNames()) {
                        if (n.getTagNo() == GeneralName.uniformResourceIdentifier
                                && n.getName().toString().startsWith("http")) {
                            adressen.add(n.getName().toString());
                        }
                    }
                }
            }
        } catch (Exception e) {
            LOG.warning("CRL-verdeelpunten van " + cert.getSubjectX500Principal() + " onleesbaar: " + e.getMessage());
        }
        return adressen;
    }
}
