package nl.bzk.spreiding.documents.opmaak;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The cursor of the layout: where on which page the next block goes. Blocks are drawn straight onto the page with
 * OpenPDF's {@link ColumnText}, each piece wrapped in its marked-content sequence, so every line on a page belongs to
 * exactly one structure element or artifact. Text that does not fit continues on the next page under the same
 * element.
 */
final class Zetwerk {

    final Document pdf;
    final PdfWriter writer;
    final PdfContentByte cb;
    final Markering markering;
    final float links;
    final float rechts;
    final float boven;
    final float onder;
    float y;
    /** Nothing drawn on this page yet: space before a block is dropped at the top of a page. */
    private boolean bovenaan = true;

    Zetwerk(Document pdf, PdfWriter writer, Markering markering) {
        this.pdf = pdf;
        this.writer = writer;
        this.cb = writer.getDirectContent();
        this.markering = markering;
        this.links = pdf.left();
        this.rechts = pdf.right();
        this.boven = pdf.top();
        this.onder = pdf.bottom();
        this.y = boven;
    }

    float breedte() {
        return rechts - links;
    }

    void nieuwePagina() {
        pdf.newPage();
        y = boven;
        bovenaan = true;
    }

    /** Forces a page in the PDF even when nothing was drawn on it (for footnotes that did not fit on the last page). */
    void legePagina() {
        writer.setPageEmpty(false);
        nieuwePagina();
    }

    void ruimte(float punten) {
        if (!bovenaan) {
            y -= punten;
        }
    }

    /** Moves to the next page unless {@code hoogte} still fits on this one (or this page is still empty). */
    void zorgVoor(float hoogte) {
        if (y - hoogte < onder && !bovenaan) {
            nieuwePagina();
        }
    }

    void getekend(float nieuweY) {
        y = nieuweY;
        bovenaan = false;
    }

    /** Text in lines between {@code xLinks} and {@code xRechts}, over as many pages as it takes, as content of {@code element}. */
    void tekst(
            Structuur.Element element, Phrase inhoud, float regelafstand, float xLinks, float xRechts, int uitlijning) {
        ColumnText ct = new ColumnText(cb);
        ct.setLeading(regelafstand, 0);
        ct.setAlignment(uitlijning);
        ct.addText(inhoud);
        zorgVoor(regelafstand);
        while (true) {
            ct.setSimpleColumn(xLinks, onder, xRechts, y);
            markering.begin(cb, element);
            int status = zet(ct);
            markering.eind(cb);
            if (ct.getLinesWritten() == 0 && bovenaan) {
                throw new SjabloonFout(null, null, "een tekst past niet op een lege pagina.");
            }
            getekend(ct.getYLine());
            if ((status & ColumnText.NO_MORE_TEXT) != 0) {
                return;
            }
            nieuwePagina();
        }
    }

    static int zet(ColumnText ct) {
        return go(ct, false);
    }

    /** Lays out without drawing: whether (and how far) the text would fit. */
    static int proef(ColumnText ct) {
        return go(ct, true);
    }

    private static int go(ColumnText ct, boolean simulatie) {
        try {
            return ct.go(simulatie);
        } catch (DocumentException e) {
            throw new SjabloonFout(null, null, "het document kan niet worden opgemaakt: " + e.getMessage());
        }
    }

    /** The height {@code inhoud} takes in a column of {@code breedte}, without drawing it. */
    static float hoogte(Phrase inhoud, float regelafstand, float breedte) {
        ColumnText ct = new ColumnText(null);
        ct.setLeading(regelafstand, 0);
        ct.addText(inhoud);
        ct.setSimpleColumn(0, 0, breedte, 100_000);
        try {
            ct.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return 100_000 - ct.getYLine();
    }
}
