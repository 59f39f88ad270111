package nl.bzk.spreiding.archive.ondertekening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline signatures with PDFBox and Bouncy Castle: sub-filter ETSI.CAdES.detached, SHA-256, the
 * signing-certificate-v2 attribute, no signing-time attribute (PAdES takes the time from the signature dictionary),
 * the certificate chain in the CMS, optionally an RFC 3161 signature time-stamp (B-T). Written as an incremental
 * update, so the PDF/A document underneath stays byte for byte what was generated; the signature field is invisible
 * but marked printable, as PDF/A requires of every annotation.
 */
public final class PadesOndertekenaar {

    // Room reserved for the CMS; PDF/A forbids strings over 32767 bytes, so that is the ceiling.
    private static final int RUIMTE_ZONDER_STEMPEL = 20_000;
    private static final int RUIMTE_MET_STEMPEL = 32_000;

    private PadesOndertekenaar() {}

    public static byte[] onderteken(
            byte[] pdf,
            Sleutelmateriaal sleutel,
            String naam,
            String reden,
            Calendar moment,
            Tijdstempelaar tijdstempelaar) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature handtekening = new PDSignature();
            handtekening.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            handtekening.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            handtekening.setName(naam);
            handtekening.setReason(reden);
            handtekening.setLocation("Den Haag");
            handtekening.setSignDate(moment);
            try (SignatureOptions opties = new SignatureOptions()) {
                opties.setPreferredSignatureSize(tijdstempelaar == null ? RUIMTE_ZONDER_STEMPEL : RUIMTE_MET_STEMPEL);
                doc.addSignature(handtekening, inhoud -> cms(inhoud, sleutel, tijdstempelaar), opties);
                for (PDSignatureField veld : doc.getSignatureFields()) {
                    for (PDAnnotationWidget w : veld.getWidgets()) {
                        w.setPrinted(true);
                        w.getCOSObject().setNeedToBeUpdated(true);
                    }
                }
                ByteArrayOutputStream uit = new ByteArrayOutputStream(pdf.length + 50_000);
                doc.saveIncremental(uit);
                return metValidatiegegevens(uit.toByteArray(), sleutel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Ondertekenen mislukt: " + e.getMessage(), e);
        }
    }

    /**
     * Long-term validation data in a second incremental update, as PAdES prescribes: a /DSS dictionary with the
     * certificates and, when the key's source provides them, the revocation lists. Without revocation lists the
     * certificates are already in the signature and nothing is added.
     */
    static byte[] metValidatiegegevens(byte[] ondertekend, Sleutelmateriaal sleutel) throws IOException {
        List<byte[]> lijsten =
                sleutel.intrekking() == null ? List.of() : sleutel.intrekking().lijsten(sleutel.keten());
        if (lijsten.isEmpty()) {
            return ondertekend;
        }
        try (PDDocument doc = Loader.loadPDF(ondertekend)) {
            COSDictionary catalogus = doc.getDocumentCatalog().getCOSObject();
            COSDictionary dss = new COSDictionary();
            COSArray certs = new COSArray();
            for (X509Certificate c : sleutel.keten()) {
                certs.add(stroom(doc, c.getEncoded()));
            }
            COSArray crls = new COSArray();
            for (byte[] l : lijsten) {
                crls.add(stroom(doc, l));
            }
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("CRLs"), crls);
            catalogus.setItem(COSName.getPDFName("DSS"), dss);
            catalogus.setNeedToBeUpdated(true);
            ByteArrayOutputStream uit = new ByteArrayOutputStream(ondertekend.length + 10_000);
            doc.saveIncremental(uit, Set.of(catalogus));
            return uit.toByteArray();
        } catch (CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    private static COSStream stroom(PDDocument doc, byte[] inhoud) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(inhoud);
        }
        return s;
    }

    static byte[] cms(InputStream inhoud, Sleutelmateriaal sleutel, Tijdstempelaar tijdstempelaar) throws IOException {
        try {
            X509Certificate cert = sleutel.certificaat();
            String algoritme = sleutel.sleutel().getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder sb = new JcaContentSignerBuilder(algoritme);
            if (sleutel.provider() != null) {
                sb.setProvider(sleutel.provider());
            }
            ContentSigner ondertekenaar = sb.build(sleutel.sleutel());
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(
                                    new ZonderOndertekentijd(new AttributeTable(ondertekenCertificaat(cert))))
                            .build(ondertekenaar, cert));
            gen.addCertificates(new JcaCertStore(sleutel.keten()));
            CMSSignedData data = gen.generate(new CMSProcessableByteArray(inhoud.readAllBytes()), false);
            if (tijdstempelaar != null) {
                data = metTijdstempel(data, tijdstempelaar);
            }
            return data.getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS-handtekening niet te maken: " + e.getMessage(), e);
        }
    }

    private static CMSSignedData metTijdstempel(CMSSignedData data, Tijdstempelaar tijdstempelaar) throws IOException {
        SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
        byte[] token = tijdstempelaar.stempel(si.getSignature()).getEncoded();
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation gestempeld = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(gestempeld));
    }

    private static ASN1EncodableVector ondertekenCertificaat(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial uitgever = new IssuerSerial(
                new GeneralNames(new GeneralName(
                        X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, uitgever);
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        return v;
    }

    /** PAdES baseline forbids the CMS signing-time attribute; Bouncy Castle adds it by default. */
    private static final class ZonderOndertekentijd extends DefaultSignedAttributeTableGenerator {
        ZonderOndertekentijd(AttributeTable extra) {
            super(extra);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable tabel = super.createStandardAttributeTable(parameters);
            tabel.remove(CMSAttributes.signingTime);
            return tabel;
        }
    }
}
