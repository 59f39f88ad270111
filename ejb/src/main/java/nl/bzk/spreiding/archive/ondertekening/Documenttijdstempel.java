package nl.bzk.spreiding.archive.ondertekening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * PAdES B-LTA: a document time-stamp (sub-filter ETSI.RFC3161) over the whole signed file, added as an incremental
 * update after the validation data, so the signature and its evidence stay verifiable after the signing certificate
 * expires. {@link #moetVernieuwen} tells when the newest document time-stamp needs a successor: before its
 * time-stamping certificate expires (within a threshold) or when its hash algorithm is no longer SHA-256 or stronger;
 * a renewal is another document time-stamp on top.
 */
public final class Documenttijdstempel {

    private static final COSName RFC3161 = COSName.getPDFName("ETSI.RFC3161");
    private static final COSName DOC_TIMESTAMP = COSName.getPDFName("DocTimeStamp");

    private Documenttijdstempel() {}

    public static byte[] voegToe(byte[] pdf, Tijdstempelaar tijdstempelaar) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature stempel = new PDSignature();
            stempel.getCOSObject().setItem(COSName.TYPE, DOC_TIMESTAMP);
            stempel.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            stempel.setSubFilter(RFC3161);
            try (SignatureOptions opties = new SignatureOptions()) {
                opties.setPreferredSignatureSize(20_000);
                doc.addSignature(
                        stempel,
                        inhoud -> tijdstempelaar.stempel(inhoud.readAllBytes()).getEncoded(),
                        opties);
                for (PDSignatureField veld : doc.getSignatureFields()) {
                    for (PDAnnotationWidget w : veld.getWidgets()) {
                        // PDF/A: every annotation printable, also the invisible widget of a time-stamp.
                        w.setPrinted(true);
                        w.getCOSObject().setNeedToBeUpdated(true);
                    }
                }
                ByteArrayOutputStream uit = new ByteArrayOutputStream(pdf.length + 30_000);
                doc.saveIncremental(uit);
                return uit.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Documenttijdstempel mislukt: " + e.getMessage(), e);
        }
    }

    /** The time-stamps in the document's document time-stamp fields, oldest first. */
    public static List<TimeStampToken> stempels(byte[] pdf) {
        List<TimeStampToken> stempels = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature s : doc.getSignatureDictionaries()) {
                if (RFC3161.getName().equals(s.getSubFilter())) {
                    stempels.add(new TimeStampToken(new CMSSignedData(s.getContents(pdf))));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Documenttijdstempels niet te lezen: " + e.getMessage(), e);
        }
        return stempels;
    }

    /**
     * Whether the newest document time-stamp needs a successor now: none yet, its certificate expires within
     * {@code drempel}, or its message imprint uses a hash weaker than SHA-256.
     */
    public static String moetVernieuwen(byte[] pdf, Duration drempel, Instant nu) {
        List<TimeStampToken> stempels = stempels(pdf);
        if (stempels.isEmpty()) {
            return "er is nog geen documenttijdstempel";
        }
        TimeStampToken laatste = stempels.get(stempels.size() - 1);
        X509Certificate cert = certificaat(laatste);
        if (cert != null && cert.getNotAfter().toInstant().isBefore(nu.plus(drempel))) {
            return "het certificaat van de tijdstempeldienst verloopt op "
                    + cert.getNotAfter().toInstant() + ", binnen de drempel van " + drempel;
        }
        String hash = laatste.getTimeStampInfo().getMessageImprintAlgOID().getId();
        if (!List.of("2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3")
                .contains(hash)) {
            return "het hashalgoritme van de laatste tijdstempel (" + hash + ") is zwakker dan SHA-256";
        }
        return null;
    }

    private static X509Certificate certificaat(TimeStampToken t) {
        try {
            for (Object o : t.getCertificates().getMatches(t.getSID())) {
                return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) o);
            }
            return null;
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
