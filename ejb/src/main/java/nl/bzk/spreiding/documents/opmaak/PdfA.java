package nl.bzk.spreiding.documents.opmaak;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes OpenPDF's output a PDF/A-2b file with PDFBox: XMP metadata identical to the Info dictionary (title, author,
 * subject, keywords, dates), the PDF/A identification, an sRGB output intent, and the document language.
 */
final class PdfA {

    static final String PRODUCENT = "Spreiding rijkswerkgelegenheid (OpenPDF, Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {
    }

    /**
     * OpenPDF writes a CIDSet for its font subsets that does not list every CID in the subset program; PDF/A-2 makes
     * CIDSet optional but requires it to be complete when present, so it goes.
     */
    private static void zonderCidSet(PDDocument doc) throws IOException {
        for (org.apache.pdfbox.pdmodel.PDPage pagina : doc.getPages()) {
            zonderCidSet(pagina.getResources(), new java.util.HashSet<>());
        }
    }

    private static void zonderCidSet(org.apache.pdfbox.pdmodel.PDResources resources, java.util.Set<Object> gezien) throws IOException {
        if (resources == null || !gezien.add(resources.getCOSObject())) {
            return;
        }
        for (org.apache.pdfbox.cos.COSName naam : resources.getFontNames()) {
            if (resources.getFont(naam) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0
                    && t0.getDescendantFont().getFontDescriptor() != null) {
                t0.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.CID_SET);
            }
        }
        for (org.apache.pdfbox.cos.COSName naam : resources.getXObjectNames()) {
            if (resources.getXObject(naam) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                zonderCidSet(form.getResources(), gezien);
            }
        }
    }

    static byte[] maak(byte[] pdf, Metagegevens meta) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Calendar moment = GregorianCalendar.from(meta.moment().atZoneSameInstant(TimeZone.getTimeZone("Europe/Amsterdam").toZoneId()));
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(meta.titel());
            info.setAuthor(meta.auteur());
            info.setSubject(meta.onderwerp());
            info.setKeywords(meta.trefwoorden());
            info.setCreator(PRODUCENT);
            info.setProducer(PRODUCENT);
            info.setCreationDate(moment);
            info.setModificationDate(moment);
            if (meta.kamerstuk() != null && !meta.kamerstuk().isBlank()) {
                info.setCustomMetadataValue("Kamerstuk", meta.kamerstuk());
            }
            if (meta.vergaderjaar() != null && !meta.vergaderjaar().isBlank()) {
                info.setCustomMetadataValue("Vergaderjaar", meta.vergaderjaar());
            }
            doc.setDocumentInformation(info);
            zonderCidSet(doc);

            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(meta.titel());
            dc.addCreator(meta.auteur());
            if (meta.onderwerp() != null) {
                dc.setDescription(meta.onderwerp());
            }
            dc.addLanguage("nl-NL");
            AdobePDFSchema pdfSchema = xmp.createAndAddAdobePDFSchema();
            pdfSchema.setProducer(PRODUCENT);
            pdfSchema.setKeywords(meta.trefwoorden());
            XMPBasicSchema basis = xmp.createAndAddXMPBasicSchema();
            basis.setCreatorTool(PRODUCENT);
            basis.setCreateDate(moment);
            basis.setModifyDate(moment);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xml.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);

            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().getOutputIntents().forEach(o -> { });
            doc.getDocumentCatalog().addOutputIntent(intent);
            doc.getDocumentCatalog().setLanguage("nl-NL");
            doc.setVersion(1.7f);

            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("PDF/A-metadata kon niet worden geschreven", e);
        }
    }
}
