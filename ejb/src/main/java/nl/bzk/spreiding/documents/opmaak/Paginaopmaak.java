package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries besides the body: the side column with reference and date (as in a beslisnota), "Pagina x
 * van y", the running title, and the footnotes of the page in the bottom margin. The side column is content on the
 * first page and an artifact on the others; title and page numbers are pagination artifacts. A footnote is tied to
 * the page on which its number is actually placed (OpenPDF reports that through the chunk's generic tag); notes
 * that do not fit move on, and are tagged as the Note elements that follow their references.
 */
final class Paginaopmaak extends PdfPageEventHelper {

    static final float LINKS = 70;
    static final float RECHTS_ZONDER_KOLOM = 65;
    static final float RECHTS_MET_KOLOM = 150;
    static final float BOVEN = 72;
    static final float NOTENRUIMTE = 78;
    static final float ONDER = 40 + NOTENRUIMTE;

    private static final Color GRIJS = new Color(0x55, 0x55, 0x55);
    /** Dark red on white: a contrast of about 8:1, above WCAG's 4.5:1. */
    private static final Color ROOD = new Color(0xA0, 0x00, 0x00);

    /**
     * One block of the side column: a heading (may be empty, as for the sender block) and its lines; {@code herhaal}:
     * printed on every page (the reference), otherwise on the first only (the sender's address).
     */
    record Zijblok(String kop, List<String> regels, boolean herhaal) {}

    private final Lettertypen letters;
    private final Metagegevens meta;
    private final List<Zijblok> zijblokken;
    private final Map<Integer, PdfOpbouw.Voetnoot> noten;
    private final Markering markering;
    /** The side column's structure element; filled on the first page. */
    private final Structuur.Element kolom;
    /** The provisional year's label on the first page (content); null for a definitief year. */
    private final Structuur.Element voorlopig;

    private final Deque<Integer> openNoten = new ArrayDeque<>();
    private PdfTemplate totaal;

    Paginaopmaak(
            Lettertypen letters,
            Metagegevens meta,
            List<Zijblok> zijblokken,
            Map<Integer, PdfOpbouw.Voetnoot> noten,
            Markering markering,
            Structuur.Element kolom,
            Structuur.Element voorlopig) {
        this.letters = letters;
        this.meta = meta;
        this.zijblokken = List.copyOf(zijblokken);
        this.noten = noten;
        this.markering = markering;
        this.kolom = kolom;
        this.voorlopig = voorlopig;
    }

    /**
     * The side column when the markup does not give one ({@code <zijkolom>}): reference and date, as in a beslisnota,
     * when the document has a reference; none otherwise.
     */
    static List<Zijblok> standaardZijkolom(Metagegevens meta) {
        if (meta.kenmerk() == null || meta.kenmerk().isBlank()) {
            return List.of();
        }
        List<Zijblok> blokken = new ArrayList<>();
        blokken.add(new Zijblok("Onze referentie", List.of(meta.kenmerk()), true));
        if (meta.datum() != null && !meta.datum().isBlank()) {
            blokken.add(new Zijblok("Datum", List.of(meta.datum()), true));
        }
        return blokken;
    }

    boolean heeftOpenNoten() {
        return !openNoten.isEmpty();
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totaal = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tekst) {
        if (tekst.startsWith("noot:")) {
            openNoten.add(Integer.parseInt(tekst.substring(5)));
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float breedte = document.getPageSize().getWidth();
        float hoogte = document.getPageSize().getHeight();
        int pagina = writer.getPageNumber();
        if (!zijblokken.isEmpty()) {
            float x = breedte - RECHTS_MET_KOLOM + 22;
            float y = hoogte - BOVEN;
            for (Zijblok blok : zijblokken) {
                if (pagina == 1 || blok.herhaal()) {
                    y = blok(cb, x, breedte - 20, y, blok, pagina);
                }
            }
            pagina(cb, x, y - 4, pagina, Element.ALIGN_LEFT);
        } else {
            pagina(cb, breedte - RECHTS_ZONDER_KOLOM, 28, pagina, Element.ALIGN_RIGHT);
        }
        if (meta.voorlopig() != null) {
            voorlopig(cb, hoogte, pagina);
        }
        if (pagina > 1 && meta.titel() != null) {
            markering.paginering(cb, "Header");
            ColumnText.showTextAligned(
                    cb,
                    Element.ALIGN_LEFT,
                    new Phrase(meta.titel(), letters.font(7, false, false, GRIJS)),
                    LINKS,
                    hoogte - 40,
                    0);
            markering.eind(cb);
        }
        noten(cb, breedte - (zijblokken.isEmpty() ? RECHTS_ZONDER_KOLOM : RECHTS_MET_KOLOM));
    }

    /**
     * A block of the side column at {@code y}, its lines wrapped between {@code x} and {@code rechts}: content (one P per
     * heading and per value) on the first page, a header artifact on the others. Returns where the next block starts.
     */
    private float blok(PdfContentByte cb, float x, float rechts, float y, Zijblok blok, int pagina) {
        List<Phrase> delen = new ArrayList<>();
        if (!blok.kop().isBlank()) {
            delen.add(new Phrase(blok.kop(), letters.font(7.5f, true, false, Lettertypen.TEKST)));
        }
        for (String regel : blok.regels()) {
            delen.add(new Phrase(regel, letters.font(7.5f)));
        }
        if (pagina != 1) {
            markering.paginering(cb, "Header");
        }
        float boven = y + 7.5f;
        for (Phrase deel : delen) {
            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(deel, x, 40, rechts, boven, 10, Element.ALIGN_LEFT);
            if (pagina == 1) {
                markering.begin(cb, kolom.kind("P"));
            }
            Zetwerk.zet(ct);
            if (pagina == 1) {
                markering.eind(cb);
            }
            boven = ct.getYLine();
        }
        if (pagina != 1) {
            markering.eind(cb);
        }
        return boven - 7.5f - 6;
    }

    /**
     * "VOORLOPIG: 10 van 11 ministeries goedgekeurd" at the top of every page (issue 31): a document about a provisional
     * year never leaves a page without saying so. Content on the first page, read before everything else; a header
     * artifact on the others.
     */
    private void voorlopig(PdfContentByte cb, float hoogte, int pagina) {
        String tekst = "VOORLOPIG" + meta.voorlopig().replaceFirst("^(?i)voorlopig", "");
        Phrase label = new Phrase(tekst, letters.font(9, true, false, ROOD));
        if (pagina == 1) {
            markering.begin(cb, voorlopig);
        } else {
            markering.paginering(cb, "Header");
        }
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, label, LINKS, hoogte - 28, 0);
        markering.eind(cb);
    }

    private void pagina(PdfContentByte cb, float x, float y, int pagina, int uitlijning) {
        String tekst = "Pagina " + pagina + " van ";
        float lengte = letters.gewoon.getWidthPoint(tekst, 7.5f);
        float begin = uitlijning == Element.ALIGN_RIGHT ? x - lengte - 12 : x;
        markering.paginering(cb, "Footer");
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(tekst, letters.font(7.5f)), begin, y, 0);
        cb.addTemplate(totaal, begin + lengte, y - 2);
        markering.eind(cb);
    }

    private void noten(PdfContentByte cb, float rechts) {
        if (openNoten.isEmpty()) {
            return;
        }
        float boven = ONDER - 8;
        float onder = 40;
        markering.artefact(cb);
        cb.saveState();
        cb.setLineWidth(0.5f);
        cb.setColorStroke(GRIJS);
        cb.moveTo(LINKS, boven + 4);
        cb.lineTo(LINKS + 120, boven + 4);
        cb.stroke();
        cb.restoreState();
        markering.eind(cb);
        float y = boven;
        boolean eerste = true;
        while (!openNoten.isEmpty()) {
            PdfOpbouw.Voetnoot noot = noten.get(openNoten.peek());
            Phrase p = new Phrase();
            Chunk nummer = new Chunk(noot.nummer() + "  ", letters.font(7));
            nummer.setLocalDestination(noot.bestemming());
            p.add(nummer);
            p.add(new Chunk(noot.tekst(), letters.font(7)));
            ColumnText proef = kolom(cb, p, rechts, onder, y);
            if ((Zetwerk.proef(proef) & ColumnText.NO_MORE_TEXT) == 0) {
                if (eerste) {
                    throw new SjabloonFout(
                            null,
                            null,
                            "voetnoot " + noot.nummer() + " is te lang voor de ruimte onder aan een pagina.");
                }
                break;
            }
            ColumnText echt = kolom(cb, p, rechts, onder, y);
            markering.begin(cb, noot.note());
            Zetwerk.zet(echt);
            markering.eind(cb);
            y = echt.getYLine() - 1;
            openNoten.poll();
            eerste = false;
        }
    }

    private static ColumnText kolom(PdfContentByte cb, Phrase p, float rechts, float onder, float boven) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(p, LINKS, onder, rechts, boven, 8.5f, Element.ALIGN_LEFT);
        return ct;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(
                totaal,
                Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), letters.font(7.5f)),
                0,
                2,
                0);
    }
}
