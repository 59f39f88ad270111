package nl.bzk.spreiding.documents.opmaak;

import java.util.HashMap;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Wraps everything drawn on a page in a marked-content sequence: either content of a structure element (with an
 * MCID, numbered per page) or an artifact (running header, page number, rules, backgrounds). PDF/UA allows nothing
 * in between, so the layout draws only between {@link #begin} or {@link #artefact} and {@link #eind}.
 */
final class Markering {

    private static final PdfName ARTEFACT = new PdfName("Artifact");
    private static final PdfName PAGINERING = new PdfName("Pagination");

    private final PdfWriter writer;
    private final Map<Integer, Integer> volgendeMcid = new HashMap<>();

    Markering(PdfWriter writer) {
        this.writer = writer;
    }

    void begin(PdfContentByte cb, Structuur.Element element) {
        int pagina = writer.getPageNumber() - 1;
        int mcid = volgendeMcid.merge(pagina, 1, Integer::sum) - 1;
        PdfDictionary eigenschappen = new PdfDictionary();
        eigenschappen.put(PdfName.MCID, new PdfNumber(mcid));
        cb.beginMarkedContentSequence(new PdfName(element.type), eigenschappen, true);
        element.kinderen.add(new Structuur.Inhoud(pagina, mcid));
    }

    /** A layout artifact (lines, backgrounds, a repeated table header). */
    void artefact(PdfContentByte cb) {
        cb.beginMarkedContentSequence(ARTEFACT, null, false);
    }

    /** A pagination artifact: subtype Header or Footer. */
    void paginering(PdfContentByte cb, String subtype) {
        PdfDictionary eigenschappen = new PdfDictionary();
        eigenschappen.put(PdfName.TYPE, PAGINERING);
        eigenschappen.put(PdfName.SUBTYPE, new PdfName(subtype));
        cb.beginMarkedContentSequence(ARTEFACT, eigenschappen, true);
    }

    void eind(PdfContentByte cb) {
        cb.endMarkedContentSequence();
    }
}
