package nl.bzk.spreiding.archive.ondertekening;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport.Controle;

/**
 * Checks a signed archive PDF the way an archivist needs it, years later: the file still has the hash recorded at
 * archiving, the signature covers the document and is cryptographically valid for its content, the signing
 * certificate is the one the signature names, and it chains to a trusted root at the moment of signing.
 * Independent of the signing code: everything is read back from the bytes.
 */
public final class Verificatie {

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", java.util.Locale.forLanguageTag("nl-NL"));

    private Verificatie() {
    }

    public static Verificatierapport controleer(byte[] pdf, String vastgelegdeSha256, Collection<X509Certificate> vertrouwd) {
        List<Controle> c = new ArrayList<>();
        String hash = nl.bzk.spreiding.platform.Sha256.van(pdf);
        c.add(new Controle("Bestand ongewijzigd sinds archivering", hash.equals(vastgelegdeSha256),
                hash.equals(vastgelegdeSha256) ? "SHA-256 " + hash + " is gelijk aan de vastgelegde waarde"
                        : "SHA-256 van het bestand is " + hash + ", vastgelegd was " + vastgelegdeSha256));
        String ondertekenaar = null;
        String uitgever = null;
        OffsetDateTime moment = null;
        String niveau = null;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> handtekeningen = doc.getSignatureDictionaries();
            if (handtekeningen.isEmpty()) {
                c.add(new Controle("Handtekening aanwezig", false, "Het document bevat geen handtekening"));
                return new Verificatierapport(false, null, null, null, null, c);
            }
            PDSignature h = handtekeningen.get(handtekeningen.size() - 1);
            c.add(new Controle("Handtekening aanwezig", true, handtekeningen.size() + " handtekening(en), type " + h.getSubFilter()));
            moment = h.getSignDate() == null ? null : OffsetDateTime.ofInstant(h.getSignDate().toInstant(), ZoneId.of("Europe/Amsterdam"));

            int[] bereik = h.getByteRange();
            byte[] inhoud = h.getSignedContent(pdf);
            byte[] cms = h.getContents(pdf);
            boolean heelDocument = bereik.length == 4 && bereik[0] == 0 && (long) bereik[2] + bereik[3] == pdf.length;
            if (heelDocument) {
                c.add(new Controle("Handtekening dekt het hele document", true, "Ondertekend bereik loopt tot het einde van het bestand ("
                        + pdf.length + " bytes)"));
            } else {
                boolean alleenValidatie = tekst(Arrays.copyOf(pdf, bereik[2] + bereik[3])).equals(tekst(pdf));
                c.add(new Controle("Handtekening dekt het hele document", alleenValidatie, alleenValidatie
                        ? "Na de ondertekening is alleen een aanvulling zonder inhoudelijke wijziging toegevoegd (validatiegegevens)"
                        : "Na de ondertekening is de inhoud van het document gewijzigd"));
            }

            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(inhoud), cms);
            SignerInformation si = data.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) (Selector<?>) si.getSID();
            Collection<X509CertificateHolder> gevonden = data.getCertificates().getMatches(selector);
            if (gevonden.isEmpty()) {
                c.add(new Controle("Handtekening cryptografisch geldig", false, "Het certificaat van de ondertekenaar ontbreekt in de handtekening"));
                return new Verificatierapport(false, null, null, moment, null, c);
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(gevonden.iterator().next());
            ondertekenaar = cert.getSubjectX500Principal().getName();
            uitgever = cert.getIssuerX500Principal().getName();
            boolean geldig;
            String waarom;
            try {
                geldig = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
                waarom = geldig ? "De handtekening (" + algoritme(si) + ") klopt met de inhoud en de sleutel van het certificaat"
                        : "De handtekening klopt niet met de inhoud";
            } catch (Exception e) {
                geldig = false;
                waarom = "De ondertekende inhoud is gewijzigd of de handtekening is ongeldig (" + e.getMessage() + ")";
            }
            c.add(new Controle("Handtekening cryptografisch geldig", geldig, waarom));
            c.add(ondertekenCertificaat(si, cert));

            TimeStampToken stempel = tijdstempel(si);
            Date peil = stempel != null ? stempel.getTimeStampInfo().getGenTime() : h.getSignDate() == null ? new Date() : h.getSignDate().getTime();
            niveau = stempel == null ? "PAdES-BASELINE-B" : "PAdES-BASELINE-T";
            if (stempel != null) {
                c.add(new Controle("Tijdstempel", true, "Tijdstempel van " + stempel.getSID().getIssuer() + " op "
                        + DATUM.format(stempel.getTimeStampInfo().getGenTime().toInstant().atZone(ZoneId.of("Europe/Amsterdam")))));
            }
            c.add(keten(cert, data, vertrouwd, peil));
            Controle intrekking = intrekking(doc, cert, vertrouwd);
            if (intrekking != null) {
                c.add(intrekking);
                niveau = niveau + " met validatiegegevens (DSS)";
            }
        } catch (IOException | GeneralSecurityException | org.bouncycastle.cms.CMSException e) {
            c.add(new Controle("Handtekening leesbaar", false, "De handtekening is niet te lezen: " + e.getMessage()));
        }
        boolean alles = c.stream().allMatch(Controle::geslaagd);
        return new Verificatierapport(alles, ondertekenaar, uitgever, moment, niveau, c);
    }

    private static Controle ondertekenCertificaat(SignerInformation si, X509Certificate cert) throws GeneralSecurityException {
        Attribute a = si.getSignedAttributes() == null ? null : si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (a == null) {
            return new Controle("Certificaat van de ondertekenaar vastgelegd", false, "Het attribuut signing-certificate-v2 ontbreekt");
        }
        ESSCertIDv2 id = SigningCertificateV2.getInstance(a.getAttrValues().getObjectAt(0)).getCerts()[0];
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        boolean gelijk = Arrays.equals(hash, id.getCertHash());
        return new Controle("Certificaat van de ondertekenaar vastgelegd", gelijk, gelijk
                ? "signing-certificate-v2 (SHA-256) wijst het certificaat van de ondertekenaar aan"
                : "signing-certificate-v2 wijst een ander certificaat aan");
    }

    private static Controle keten(X509Certificate cert, CMSSignedData data, Collection<X509Certificate> vertrouwd, Date peil) {
        try {
            List<X509Certificate> tussen = new ArrayList<>();
            tussen.add(cert);
            for (X509CertificateHolder houder : data.getCertificates().getMatches(null)) {
                X509Certificate x = new JcaX509CertificateConverter().getCertificate(houder);
                if (!x.equals(cert) && vertrouwd.stream().noneMatch(v -> v.equals(x))) {
                    tussen.add(x);
                }
            }
            CertPath pad = CertificateFactory.getInstance("X.509").generateCertPath(tussen);
            Set<TrustAnchor> ankers = vertrouwd.stream().map(v -> new TrustAnchor(v, null)).collect(Collectors.toSet());
            PKIXParameters p = new PKIXParameters(ankers);
            p.setRevocationEnabled(false);
            p.setDate(peil);
            CertPathValidator.getInstance("PKIX").validate(pad, p);
            String wortel = vertrouwd.stream().filter(v -> v.getSubjectX500Principal().equals(
                    tussen.get(tussen.size() - 1).getIssuerX500Principal())).map(v -> v.getSubjectX500Principal().getName()).findFirst().orElse("?");
            return new Controle("Certificaatketen geldig", true, "Keten naar het vertrouwde basiscertificaat " + wortel
                    + ", geldig op het moment van ondertekening");
        } catch (Exception e) {
            return new Controle("Certificaatketen geldig", false, "Geen geldige keten naar een vertrouwd basiscertificaat: " + e.getMessage());
        }
    }

    /** The revocation lists in the document's /DSS: the signing certificate must not be on a list signed by its issuer. */
    private static Controle intrekking(PDDocument doc, X509Certificate cert, Collection<X509Certificate> vertrouwd) {
        org.apache.pdfbox.cos.COSDictionary dss = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.getPDFName("DSS"));
        if (dss == null || dss.getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("CRLs")) == null) {
            return null;
        }
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (org.apache.pdfbox.cos.COSBase b : dss.getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("CRLs"))) {
                org.apache.pdfbox.cos.COSBase o = b instanceof org.apache.pdfbox.cos.COSObject obj ? obj.getObject() : b;
                if (!(o instanceof org.apache.pdfbox.cos.COSStream stroom)) {
                    continue;
                }
                byte[] bytes;
                try (java.io.InputStream in = stroom.createInputStream()) {
                    bytes = in.readAllBytes();
                }
                java.security.cert.X509CRL crl = (java.security.cert.X509CRL) cf.generateCRL(new java.io.ByteArrayInputStream(bytes));
                if (!crl.getIssuerX500Principal().equals(cert.getIssuerX500Principal())) {
                    continue;
                }
                java.security.PublicKey uitgever = vertrouwd.stream().filter(v -> v.getSubjectX500Principal().equals(crl.getIssuerX500Principal()))
                        .map(X509Certificate::getPublicKey).findFirst().orElse(null);
                if (uitgever == null) {
                    return new Controle("Niet ingetrokken", false, "De intrekkingslijst is niet van een vertrouwde uitgever");
                }
                crl.verify(uitgever);
                boolean ingetrokken = crl.isRevoked(cert);
                String van = DATUM.format(crl.getThisUpdate().toInstant().atZone(ZoneId.of("Europe/Amsterdam")));
                return new Controle("Niet ingetrokken", !ingetrokken, ingetrokken ? "Het certificaat staat op de intrekkingslijst van " + van
                        : "Niet ingetrokken volgens de ingesloten intrekkingslijst van " + van);
            }
            return new Controle("Niet ingetrokken", false, "Geen intrekkingslijst van de uitgever van het certificaat in het document");
        } catch (Exception e) {
            return new Controle("Niet ingetrokken", false, "Intrekkingslijst onleesbaar of ongeldig: " + e.getMessage());
        }
    }

    private static TimeStampToken tijdstempel(SignerInformation si) {
        if (si.getUnsignedAttributes() == null) {
            return null;
        }
        Attribute a = si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (a == null) {
            return null;
        }
        try {
            ASN1Encodable token = a.getAttrValues().getObjectAt(0);
            return new TimeStampToken(new CMSSignedData(token.toASN1Primitive().getEncoded()));
        } catch (Exception e) {
            return null;
        }
    }

    private static String algoritme(SignerInformation si) {
        return switch (si.getEncryptionAlgOID()) {
            case "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.11" -> "RSA met SHA-256";
            case "1.2.840.10045.4.3.2" -> "ECDSA met SHA-256";
            default -> si.getEncryptionAlgOID();
        };
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

}
