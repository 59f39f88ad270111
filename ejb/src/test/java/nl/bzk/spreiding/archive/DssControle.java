package nl.bzk.spreiding.archive;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** The EU's DSS library as an independent PAdES validator: indication and signature level against the given roots. */
public final class DssControle {

    private DssControle() {}

    public record Uitkomst(
            Indication indicatie, String subIndicatie, String niveau, int handtekeningen, List<String> fouten) {}

    public static Uitkomst valideer(byte[] pdf, Collection<X509Certificate> vertrouwd) {
        CommonTrustedCertificateSource bron = new CommonTrustedCertificateSource();
        vertrouwd.forEach(c -> bron.addCertificate(new CertificateToken(c)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(bron);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport r = reports.getSimpleReport();
        String id = r.getFirstSignatureId();
        List<String> fouten = r.getAdESValidationErrors(id).stream()
                .map(m -> m.getKey() + ": " + m.getValue())
                .toList();
        return new Uitkomst(
                r.getIndication(id),
                String.valueOf(r.getSubIndication(id)),
                String.valueOf(r.getSignatureFormat(id)),
                r.getSignaturesCount(),
                fouten);
    }
}
