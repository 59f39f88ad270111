package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;

/**
 * Lays out a table row by row: header rows become TH cells with scope Column (in THead), the rest TD (in TBody),
 * a cell spanning columns carries ColSpan. A row never splits over pages; when a table continues on the next page
 * its header rows are drawn again there, as an artifact, so a screen reader reads them once.
 */
final class Tabelzetter {

    static final Color KOPREGEL = new Color(0xE4, 0xEC, 0xF5);
    static final Color LIJN = new Color(0xB8, 0xC4, 0xD0);
    private static final float BOVENMARGE = 3;
    private static final float ONDERMARGE = 4;
    private static final float ZIJMARGE = 3;

    record Cel(Phrase inhoud, int span, boolean rechts) {}

    record Rij(List<Cel> cellen, boolean kop) {}

    private final Zetwerk zetwerk;
    private final float regelafstand;

    Tabelzetter(Zetwerk zetwerk, float regelafstand) {
        this.zetwerk = zetwerk;
        this.regelafstand = regelafstand;
    }

    void zet(Structuur.Element tabel, List<Rij> rijen, float[] breedtes) {
        float[] x = kolomgrenzen(breedtes);
        List<Rij> koppen = rijen.stream().takeWhile(Rij::kop).toList();
        Structuur.Element kop = koppen.isEmpty() ? null : tabel.kind("THead");
        Structuur.Element romp = tabel.kind("TBody");
        for (Rij rij : rijen) {
            float hoogte = hoogte(rij, x);
            if (zetwerk.y - hoogte < zetwerk.onder) {
                zetwerk.nieuwePagina();
                if (!rij.kop()) {
                    koppen.forEach(k -> teken(k, x, hoogte(k, x), null));
                }
            }
            if (zetwerk.y - hoogte < zetwerk.onder) {
                throw new SjabloonFout(
                        null,
                        null,
                        "een tabelrij is hoger dan een pagina (rij begint met '"
                                + rij.cellen().get(0).inhoud().getContent().strip() + "').");
            }
            teken(rij, x, hoogte, (rij.kop() ? kop : romp).kind("TR"));
        }
    }

    /** Draws a row; {@code tr} null draws it as an artifact (a header repeated on a following page). */
    private void teken(Rij rij, float[] x, float hoogte, Structuur.Element tr) {
        var cb = zetwerk.cb;
        float boven = zetwerk.y;
        zetwerk.markering.artefact(cb);
        if (rij.kop()) {
            cb.saveState();
            cb.setColorFill(KOPREGEL);
            cb.rectangle(x[0], boven - hoogte, x[x.length - 1] - x[0], hoogte);
            cb.fill();
            cb.restoreState();
        }
        cb.saveState();
        cb.setColorStroke(LIJN);
        cb.setLineWidth(0.4f);
        cb.moveTo(x[0], boven - hoogte);
        cb.lineTo(x[x.length - 1], boven - hoogte);
        cb.stroke();
        cb.restoreState();
        zetwerk.markering.eind(cb);
        int kolom = 0;
        for (Cel cel : rij.cellen()) {
            float l = x[kolom] + ZIJMARGE;
            float r = x[kolom + cel.span()] - ZIJMARGE;
            ColumnText ct = new ColumnText(cb);
            ct.setLeading(regelafstand, 0);
            ct.setAlignment(cel.rechts() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            ct.addText(cel.inhoud());
            ct.setSimpleColumn(l, boven - hoogte, r, boven - BOVENMARGE);
            if (tr == null) {
                zetwerk.markering.artefact(cb);
            } else {
                Structuur.Element c = tr.kind(rij.kop() ? "TH" : "TD");
                if (rij.kop()) {
                    c.attribuut("Table", "Scope", "Column");
                }
                if (cel.span() > 1) {
                    c.attribuut("Table", "ColSpan", cel.span());
                }
                zetwerk.markering.begin(cb, c);
            }
            Zetwerk.zet(ct);
            zetwerk.markering.eind(cb);
            kolom += cel.span();
        }
        zetwerk.getekend(boven - hoogte);
    }

    private float hoogte(Rij rij, float[] x) {
        float max = regelafstand;
        int kolom = 0;
        for (Cel cel : rij.cellen()) {
            float breedte = x[kolom + cel.span()] - x[kolom] - 2 * ZIJMARGE;
            max = Math.max(max, Zetwerk.hoogte(cel.inhoud(), regelafstand, breedte));
            kolom += cel.span();
        }
        return max + BOVENMARGE + ONDERMARGE;
    }

    private float[] kolomgrenzen(float[] breedtes) {
        float som = 0;
        for (float b : breedtes) {
            som += b;
        }
        float[] x = new float[breedtes.length + 1];
        x[0] = zetwerk.links;
        for (int i = 0; i < breedtes.length; i++) {
            x[i + 1] = x[i] + zetwerk.breedte() * breedtes[i] / som;
        }
        return x;
    }
}
