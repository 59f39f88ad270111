package nl.bzk.spreiding.documents.opmaak;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Set;
import nl.bzk.spreiding.platform.Tijd;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes OpenPDF's output a PDF/A-2a and PDF/UA-1 file with PDFBox: the structure tree recorded during layout, XMP
 * metadata identical to the Info dictionary (title, author, subject, keywords, dates) with both identifications, an
 * sRGB output intent, the document language and the title as window title.
 */
final class PdfA {

    static final String PRODUCENT = "Spreiding rijkswerkgelegenheid (OpenPDF, Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {}

    /**
     * OpenPDF writes a CIDSet for its font subsets that does not list every CID in the subset program; PDF/A-2 makes
     * CIDSet optional but requires it to be complete when present, so it goes.
     */
    private static void zonderCidSet(PDDocument doc) throws IOException {
        for (PDPage pagina : doc.getPages()) {
            zonderCidSet(pagina.getResources(), new HashSet<>());
        }
    }

    private static void zonderCidSet(PDResources resources, Set<Object> gezien) throws IOException {
        if (resources == null || !gezien.add(resources.getCOSObject())) {
            return;
        }
        for (COSName naam : resources.getFontNames()) {
            if (resources.getFont(naam) instanceof PDType0Font t0
                    && t0.getDescendantFont().getFontDescriptor() != null) {
                t0.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(COSName.CID_SET);
            }
        }
        for (COSName naam : resources.getXObjectNames()) {
            if (resources.getXObject(naam) instanceof PDFormXObject form) {
                zonderCidSet(form.getResources(), gezien);
            }
        }
    }

    static byte[] maak(byte[] pdf, Metagegevens meta, Structuur structuur) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Calendar moment = GregorianCalendar.from(meta.moment().atZoneSameInstant(Tijd.ZONE));
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

            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(Xmp.pakket(meta, PRODUCENT).getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
            Structuurboom.schrijf(doc, structuur);
            // PDF/UA 7.1: the viewer shows the document's title, not its file name.
            PDViewerPreferences voorkeuren = new PDViewerPreferences(new COSDictionary());
            voorkeuren.setDisplayDocTitle(true);
            doc.getDocumentCatalog().setViewerPreferences(voorkeuren);

            PDOutputIntent intent = new PDOutputIntent(
                    doc,
                    new ByteArrayInputStream(
                            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            doc.getDocumentCatalog().setLanguage("nl-NL");
            doc.setVersion(1.7f);

            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
