package nl.bzk.spreiding.archive.ondertekening;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TokenExtractionStrategy;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfObjectModificationsFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport.Controle;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tijd;

/**
 * Verification of a signed PDF by the European Commission's DSS library (the reference implementation of the ETSI
 * validation rules): indication and sub-indication, PAdES level, signing time, certificate chain, and DSS's
 * detection of changes after signing (annotations, undefined object changes, visual differences), put into Dutch
 * for the archivist. Only the document's own validation data is used (no network): the trusted roots are given.
 */
public final class DssVerificatie {

    private static final ZoneId NL = Tijd.ZONE;

    /** What DSS said, as stored with an archive record (Archiefregeling art. 24c) and shown to the archivist. */
    public record Uitkomst(
            String indicatie,
            String subIndicatie,
            String oordeel,
            String niveau,
            String ondertekenaar,
            String uitgever,
            OffsetDateTime ondertekendOp,
            List<String> keten,
            String certificaat,
            List<String> wijzigingenNaOndertekening,
            List<String> meldingen,
            OffsetDateTime gevalideerdOp) {

        /** Valid: DSS's TOTAL_PASSED and nothing changed after signing but the addition of validation data. */
        public boolean geldig() {
            return Indication.TOTAL_PASSED.name().equals(indicatie) && wijzigingenNaOndertekening.isEmpty();
        }
    }

    /**
     * Where a file comes from. A file from outside (a copy received by e-mail) is never rendered: DSS's visual
     * comparison is off for it, as rendering is where a crafted page costs most; the object comparison stays.
     */
    public enum Bron {
        ARCHIEF,
        BUITEN
    }

    /** How deep DSS follows objects when it compares revisions (its default is unbounded for practical purposes). */
    static final int VERGELIJKDIEPTE = 100;

    private DssVerificatie() {}

    public static Uitkomst valideer(byte[] pdf, Collection<X509Certificate> vertrouwd, Bron bron) {
        CommonTrustedCertificateSource roots = new CommonTrustedCertificateSource();
        vertrouwd.forEach(c -> roots.addCertificate(new CertificateToken(c)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(roots);
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        OffsetDateTime nu = OffsetDateTime.now(NL).truncatedTo(ChronoUnit.SECONDS);
        SignedDocumentValidator validator;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        } catch (RuntimeException e) {
            return geenOordeel("Het bestand is geen ondertekend PDF-document dat DSS kan lezen", nu);
        }
        validator.setCertificateVerifier(verifier);
        if (validator instanceof PDFDocumentValidator pdfValidator) {
            pdfValidator.setPdfObjFactory(objecten(bron));
        }
        // The signer's certificate itself is kept with an archive record, so DSS must put it in its diagnostic data.
        validator.setTokenExtractionStrategy(TokenExtractionStrategy.EXTRACT_CERTIFICATES_ONLY);
        Reports reports = validator.validateDocument();
        SimpleReport r = reports.getSimpleReport();
        DiagnosticData d = reports.getDiagnosticData();
        if (r.getSignaturesCount() == 0) {
            return geenOordeel("Het document bevat geen handtekening", nu);
        }
        // The last signature covers the most; ours is the only one.
        String id = r.getSignatureIdList().get(r.getSignatureIdList().size() - 1);
        SignatureWrapper s = d.getSignatureById(id);
        Indication indicatie = r.getIndication(id);
        SubIndication sub = r.getSubIndication(id);
        CertificateWrapper cert = s.getSigningCertificate();
        List<String> keten = s.getCertificateChain().stream()
                .map(CertificateWrapper::getCertificateDN)
                .toList();
        List<String> meldingen = new ArrayList<>();
        r.getAdESValidationErrors(id).forEach(m -> meldingen.add("Fout: " + m.getValue()));
        r.getAdESValidationWarnings(id).forEach(m -> meldingen.add("Waarschuwing: " + m.getValue()));
        Date tijd = r.getBestSignatureTime(id) != null ? r.getBestSignatureTime(id) : s.getClaimedSigningTime();
        return new Uitkomst(
                indicatie.name(),
                sub == null ? null : sub.name(),
                oordeel(indicatie, sub),
                String.valueOf(r.getSignatureFormat(id)),
                cert == null ? null : cert.getCertificateDN(),
                cert == null ? null : cert.getCertificateIssuerDN(),
                tijd == null ? null : OffsetDateTime.ofInstant(tijd.toInstant(), NL),
                keten,
                cert == null || cert.getBinaries() == null ? null : pem(cert.getBinaries()),
                wijzigingen(s.getPDFRevision()),
                meldingen,
                nu);
    }

    private static PdfBoxDefaultObjectFactory objecten(Bron bron) {
        PdfBoxDefaultObjectFactory objecten = new PdfBoxDefaultObjectFactory();
        DefaultPdfDifferencesFinder verschillen = new DefaultPdfDifferencesFinder();
        if (bron == Bron.BUITEN) {
            verschillen.setMaximalPagesAmountForVisualComparison(0);
        }
        objecten.setPdfDifferencesFinder(verschillen);
        DefaultPdfObjectModificationsFinder wijzigingen = new DefaultPdfObjectModificationsFinder();
        wijzigingen.setMaximumObjectVerificationDeepness(VERGELIJKDIEPTE);
        objecten.setPdfObjectModificationsFinder(wijzigingen);
        return objecten;
    }

    /**
     * The checks of a verification report: the stored hash (when given), DSS's judgement, changes after signing, chain.
     * The file must first keep the bounds of {@link Pdfvoorcontrole}; DSS never sees a file that does not.
     */
    public static Verificatierapport rapport(
            byte[] pdf, String vastgelegdeSha256, Collection<X509Certificate> vertrouwd, Bron bron)
            throws Pdfvoorcontrole.Buitengrenzen {
        Pdfvoorcontrole.controleer(pdf, Pdfvoorcontrole.STANDAARD);
        Uitkomst u = valideer(pdf, vertrouwd, bron);
        List<Controle> c = new ArrayList<>();
        boolean hashGoed = true;
        if (vastgelegdeSha256 != null) {
            String hash = Sha256.van(pdf);
            hashGoed = hash.equals(vastgelegdeSha256);
            c.add(new Controle(
                    "Bestand ongewijzigd sinds archivering",
                    hashGoed,
                    hashGoed
                            ? "SHA-256 " + hash + " is gelijk aan de vastgelegde waarde"
                            : "SHA-256 van het bestand is " + hash + ", vastgelegd was " + vastgelegdeSha256));
        }
        c.add(new Controle(
                "Handtekening geldig (EU DSS)",
                Indication.TOTAL_PASSED.name().equals(u.indicatie()),
                u.oordeel()
                        + (u.niveau() == null || u.niveau().equals("null") ? "" : "; niveau " + u.niveau())
                        + (u.meldingen().isEmpty() ? "" : ". " + String.join(" ", u.meldingen()))));
        c.add(new Controle(
                "Geen wijzigingen na ondertekening (EU DSS)",
                u.wijzigingenNaOndertekening().isEmpty(),
                u.wijzigingenNaOndertekening().isEmpty()
                        ? "Na de handtekening is alleen validatiegegevens toegevoegd, of niets"
                        : String.join("; ", u.wijzigingenNaOndertekening())));
        if (!u.keten().isEmpty()) {
            c.add(new Controle(
                    "Certificaatketen (EU DSS)",
                    !SubIndication.NO_CERTIFICATE_CHAIN_FOUND.name().equals(u.subIndicatie()),
                    String.join(" → ", u.keten())));
        }
        if (u.ondertekendOp() != null) {
            c.add(new Controle("Tijdstip van ondertekening", true, Nederlands.momentTotDeSeconde(u.ondertekendOp())));
        }
        return new Verificatierapport(
                hashGoed && u.geldig(), u.ondertekenaar(), u.uitgever(), u.ondertekendOp(), u.niveau(), c, u);
    }

    /** DSS's indication and sub-indication in the archivist's words. */
    static String oordeel(Indication indicatie, SubIndication sub) {
        String basis = switch (indicatie) {
            case TOTAL_PASSED, PASSED -> "Geldig: de handtekening is echt en het ondertekende document is ongewijzigd";
            case TOTAL_FAILED, FAILED -> "Ongeldig";
            case INDETERMINATE -> "Niet vast te stellen";
            default -> "Geen oordeel (" + indicatie + ")";
        };
        if (sub == null) {
            return basis;
        }
        String waarom = switch (sub) {
            case HASH_FAILURE -> "het document is na ondertekening gewijzigd (de hash klopt niet)";
            case SIG_CRYPTO_FAILURE -> "de handtekening past niet bij het certificaat";
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> "het certificaat is ingetrokken";
            case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE ->
                "geen keten naar een vertrouwd basiscertificaat";
            case NO_SIGNING_CERTIFICATE_FOUND -> "het certificaat van de ondertekenaar ontbreekt";
            case OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED ->
                "het certificaat was op het moment van ondertekening niet geldig";
            case EXPIRED -> "het certificaat is verlopen";
            case TRY_LATER -> "de intrekkingsgegevens zijn nog niet beschikbaar; probeer het later";
            case REVOCATION_OUT_OF_BOUNDS_NO_POE -> "de intrekkingsgegevens vallen buiten de geldigheid";
            case CRYPTO_CONSTRAINTS_FAILURE, CRYPTO_CONSTRAINTS_FAILURE_NO_POE ->
                "het algoritme of de sleutellengte voldoet niet meer";
            case FORMAT_FAILURE -> "de opmaak van de handtekening voldoet niet aan de norm";
            default -> sub.name();
        };
        return basis + ": " + waarom;
    }

    /**
     * What DSS found changed after the signature: annotations, objects it cannot classify, pages that look
     * different. Additions of validation data (DSS dictionary, document time-stamps) are expected and not listed.
     */
    private static List<String> wijzigingen(PDFRevisionWrapper revisie) {
        List<String> w = new ArrayList<>();
        if (revisie == null) {
            return w;
        }
        if (!revisie.getPdfAnnotationChanges().isEmpty()) {
            w.add("na ondertekening zijn annotaties toegevoegd of gewijzigd ("
                    + revisie.getPdfAnnotationChanges().size() + ")");
        }
        if (!revisie.getPdfUndefinedChanges().isEmpty()) {
            w.add("na ondertekening zijn onderdelen van het document gewijzigd die DSS niet kan thuisbrengen ("
                    + revisie.getPdfUndefinedChanges().size() + ")");
        }
        if (!revisie.getPdfVisualDifferenceConcernedPages().isEmpty()) {
            w.add("pagina "
                    + revisie.getPdfVisualDifferenceConcernedPages().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    + " ziet er anders uit dan bij ondertekening");
        }
        if (!revisie.getPdfPageDifferenceConcernedPages().isEmpty()) {
            w.add("het aantal pagina's is na ondertekening veranderd");
        }
        if (!revisie.getPdfAnnotationsOverlapConcernedPages().isEmpty()) {
            w.add("annotaties overlappen de inhoud op pagina "
                    + revisie.getPdfAnnotationsOverlapConcernedPages().stream()
                            .map(String::valueOf)
                            .collect(Collectors.joining(", ")));
        }
        return w;
    }

    private static Uitkomst geenOordeel(String waarom, OffsetDateTime nu) {
        return new Uitkomst(
                Indication.TOTAL_FAILED.name(),
                null,
                "Ongeldig: " + waarom,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                List.of(waarom),
                nu);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END CERTIFICATE-----";
    }
}
