package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.platform.Nederlands;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * A choropleth map of the provinces as vector graphics: each province is one filled path (outer rings and holes,
 * even-odd), wrapped in a marked-content section {@code /Provincie <</Code (PV20)>>} so readers and tests can find
 * it, coloured by the class of its value, labelled with that value, with a legend. Classes are equal intervals over
 * the values shown; when values are negative (a decline) those get red classes of their own, hatched, the others
 * blue ones. The classes differ in lightness step by step (neighbours at least 1.4:1), which survives greyscale
 * printing and colour blindness; the hatching tells a decline from growth of the same lightness. Each label takes
 * the text colour with the higher contrast against its fill (at least 4.5:1, WCAG AA); where a label does not fit
 * inside its province it becomes a number, explained under the legend.
 */
final class Kaarttekening {

    static final PdfName PROVINCIE = new PdfName("Provincie");

    static final Color GEEN_GEGEVENS = new Color(0xE6, 0xE6, 0xE6);
    private static final Color RAND = new Color(0xFF, 0xFF, 0xFF);
    private static final Color ARCERING = new Color(0x5A, 0x1E, 0x16);

    record Klasse(BigDecimal van, BigDecimal tot, Color kleur, boolean gearceerd) {}

    private static final float LABELGROOTTE = 6.5f;

    private Kaarttekening() {}

    /**
     * @param waarden per province code the value (absent: no figures, drawn grey)
     */
    static PdfTemplate teken(
            PdfContentByte cb,
            Lettertypen letters,
            Provinciegeometrie geometrie,
            Map<String, BigDecimal> waarden,
            String eenheid,
            float breedte,
            float hoogte) {
        PdfTemplate t = cb.createTemplate(breedte, hoogte);
        float kaartBreedte = breedte * 0.62f;
        double[] kader = kader(geometrie);
        double schaal = Math.min(kaartBreedte / (kader[2] - kader[0]), (hoogte - 10) / (kader[3] - kader[1]));
        List<Klasse> klassen = klassen(new ArrayList<>(waarden.values()));
        List<String> sleutel = new ArrayList<>();
        for (Provinciegeometrie.Gebied g : geometrie.gebieden().values()) {
            List<List<double[]>> vorm = new ArrayList<>();
            for (List<double[]> ring : g.ringen()) {
                List<double[]> punten = new ArrayList<>();
                for (double[] p : ring) {
                    punten.add(new double[] {(p[0] - kader[0]) * schaal, (p[1] - kader[1]) * schaal + 5});
                }
                vorm.add(punten);
            }
            BigDecimal waarde = waarden.get(g.code());
            Klasse klasse = klasse(klassen, waarde);
            Color vlak = klasse == null ? GEEN_GEGEVENS : klasse.kleur();
            PdfDictionary eigenschappen = new PdfDictionary();
            eigenschappen.put(new PdfName("Code"), new PdfString(g.code()));
            t.beginMarkedContentSequence(PROVINCIE, eigenschappen, true);
            t.saveState();
            t.setColorFill(vlak);
            t.setColorStroke(RAND);
            t.setLineWidth(0.6f);
            pad(t, vorm);
            t.eoFillStroke();
            t.restoreState();
            t.endMarkedContentSequence();
            if (klasse != null && klasse.gearceerd()) {
                arceer(t, vorm);
            }
            if (geometrie.isSchematisch()) {
                double[] midden = midden(g);
                ColumnText.showTextAligned(
                        t,
                        Element.ALIGN_CENTER,
                        new Phrase(afkorting(g.naam()), letters.font(6.5f, false, false, labelkleur(vlak))),
                        (float) ((midden[0] - kader[0]) * schaal),
                        (float) ((midden[1] - kader[1]) * schaal + 9),
                        0);
            }
            if (waarde != null) {
                label(
                        t,
                        letters,
                        vorm,
                        vlak,
                        "fte".equals(eenheid) ? Afronding.fte(waarde) : Afronding.procent(waarde),
                        g.naam(),
                        !geometrie.isSchematisch(),
                        sleutel);
            }
        }
        float onderLegenda = legenda(
                t,
                letters,
                klassen,
                eenheid,
                kaartBreedte + 14,
                hoogte - 14,
                !waarden.keySet().containsAll(geometrie.gebieden().keySet()));
        for (int i = 0; i < sleutel.size(); i++) {
            ColumnText.showTextAligned(
                    t,
                    Element.ALIGN_LEFT,
                    new Phrase(sleutel.get(i), letters.font(7)),
                    kaartBreedte + 14,
                    onderLegenda - 16 - 10 * i,
                    0);
        }
        return t;
    }

    /** The classes of the values, derived from the data ({@link Kaartklassen}); from lowest to highest. */
    static List<Klasse> klassen(List<BigDecimal> waarden) {
        return Kaartklassen.indeling(waarden);
    }

    /** The text colour (near-black or white) with the higher contrast against the fill. */
    static Color labelkleur(Color vlak) {
        return contrast(vlak, Lettertypen.TEKST) >= contrast(vlak, Color.WHITE) ? Lettertypen.TEKST : Color.WHITE;
    }

    /** WCAG 2.1 contrast ratio of two colours (1 to 21). */
    static double contrast(Color a, Color b) {
        double la = luminantie(a);
        double lb = luminantie(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG relative luminance: what greyscale printing and colour-blind readers keep of a colour. */
    static double luminantie(Color c) {
        return 0.2126 * lineair(c.getRed()) + 0.7152 * lineair(c.getGreen()) + 0.0722 * lineair(c.getBlue());
    }

    private static double lineair(int kanaal) {
        double c = kanaal / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static Klasse klasse(List<Klasse> klassen, BigDecimal waarde) {
        if (waarde == null) {
            return null;
        }
        // Every value of the map is in exactly one class (each runs from its lowest to its highest value).
        for (Klasse k : klassen) {
            if (waarde.compareTo(k.van()) >= 0 && waarde.compareTo(k.tot()) <= 0) {
                return k;
            }
        }
        return klassen.isEmpty() ? null : klassen.get(klassen.size() - 1);
    }

    private static void pad(PdfTemplate t, List<List<double[]>> vorm) {
        for (List<double[]> ring : vorm) {
            for (int i = 0; i < ring.size(); i++) {
                if (i == 0) {
                    t.moveTo((float) ring.get(i)[0], (float) ring.get(i)[1]);
                } else {
                    t.lineTo((float) ring.get(i)[0], (float) ring.get(i)[1]);
                }
            }
            t.closePath();
        }
    }

    /** Diagonal hatching over a shape: a decline stays recognisable without colour. */
    private static void arceer(PdfTemplate t, List<List<double[]>> vorm) {
        double[] k = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        vorm.forEach(r -> r.forEach(p -> {
            k[0] = Math.min(k[0], p[0]);
            k[1] = Math.min(k[1], p[1]);
            k[2] = Math.max(k[2], p[0]);
            k[3] = Math.max(k[3], p[1]);
        }));
        t.saveState();
        pad(t, vorm);
        t.eoClip();
        t.newPath();
        t.setColorStroke(ARCERING);
        t.setLineWidth(0.5f);
        double hoogte = k[3] - k[1];
        for (double x = k[0] - hoogte; x < k[2]; x += 4) {
            t.moveTo((float) x, (float) k[1]);
            t.lineTo((float) (x + hoogte), (float) k[3]);
        }
        t.stroke();
        t.restoreState();
    }

    /**
     * The province's name and value inside it on two lines where they fit (issue 31: a value without a name makes the
     * reader look for the province), else the value alone, on a patch of its own fill (so hatching does not run through
     * the text); a number with a line under the legend where neither fits.
     *
     * @param metNaam whether the name is to be written (a schematic map writes its own abbreviations)
     */
    private static void label(
            PdfTemplate t,
            Lettertypen letters,
            List<List<double[]>> vorm,
            Color vlak,
            String tekst,
            String naam,
            boolean metNaam,
            List<String> sleutel) {
        float breedte = letters.gewoon.getWidthPoint(tekst, LABELGROOTTE);
        if (metNaam) {
            Labelplaats.Plaats twee = Labelplaats.beste(vorm, 2 * LABELGROOTTE + 3);
            float naamBreedte = letters.gewoon.getWidthPoint(naam, LABELGROOTTE);
            float nodig = Math.max(breedte, naamBreedte);
            if (twee != null && twee.ruimte() >= nodig + 3) {
                float x = (float) twee.x();
                float y = (float) twee.y();
                t.saveState();
                t.setColorFill(vlak);
                t.rectangle(x - nodig / 2 - 1, y - LABELGROOTTE - 2, nodig + 2, 2 * LABELGROOTTE + 4);
                t.fill();
                t.restoreState();
                Color kleur = labelkleur(vlak);
                ColumnText.showTextAligned(
                        t,
                        Element.ALIGN_CENTER,
                        new Phrase(naam, letters.font(LABELGROOTTE, false, false, kleur)),
                        x,
                        y + 1,
                        0);
                ColumnText.showTextAligned(
                        t,
                        Element.ALIGN_CENTER,
                        new Phrase(tekst, letters.font(LABELGROOTTE, true, false, kleur)),
                        x,
                        y - LABELGROOTTE,
                        0);
                return;
            }
        }
        Labelplaats.Plaats plaats = Labelplaats.beste(vorm, LABELGROOTTE + 2);
        String getoond = tekst;
        if (plaats == null || plaats.ruimte() < breedte + 3) {
            getoond = String.valueOf(sleutel.size() + 1);
            sleutel.add(getoond + "  " + naam + ": " + tekst);
            breedte = letters.gewoon.getWidthPoint(getoond, LABELGROOTTE);
            if (plaats == null) {
                return;
            }
        }
        float x = (float) plaats.x();
        float y = (float) plaats.y();
        t.saveState();
        t.setColorFill(vlak);
        t.rectangle(x - breedte / 2 - 1, y - LABELGROOTTE / 2 - 1, breedte + 2, LABELGROOTTE + 2);
        t.fill();
        t.restoreState();
        ColumnText.showTextAligned(
                t,
                Element.ALIGN_CENTER,
                new Phrase(getoond, letters.font(LABELGROOTTE, false, false, labelkleur(vlak))),
                x,
                y - LABELGROOTTE * 0.35f,
                0);
    }

    /** @return the height where the legend ends */
    private static float legenda(
            PdfTemplate t,
            Lettertypen letters,
            List<Klasse> klassen,
            String eenheid,
            float x,
            float y,
            boolean metGeenGegevens) {
        ColumnText.showTextAligned(
                t,
                Element.ALIGN_LEFT,
                new Phrase(
                        "Legenda" + (eenheid == null || eenheid.isBlank() ? "" : " (" + eenheid + ")"),
                        letters.font(7.5f, true, false, Lettertypen.TEKST)),
                x,
                y,
                0);
        List<String> teksten = legendateksten(klassen);
        for (int i = klassen.size() - 1; i >= 0; i--) {
            y -= 13;
            vakje(t, x, y, klassen.get(i).kleur(), klassen.get(i).gearceerd());
            ColumnText.showTextAligned(
                    t, Element.ALIGN_LEFT, new Phrase(teksten.get(i), letters.font(7)), x + 14, y + 1, 0);
        }
        if (metGeenGegevens) {
            y -= 13;
            vakje(t, x, y, GEEN_GEGEVENS, false);
            ColumnText.showTextAligned(
                    t, Element.ALIGN_LEFT, new Phrase("geen gegevens", letters.font(7)), x + 14, y + 1, 0);
        }
        return y;
    }

    /**
     * Per class "van tot en met" (classes hold the values they show, so their ranges do not touch), one value alone
     * where a class has one; one decimal when the values have fractions and are small (percentages, small counts).
     */
    static List<String> legendateksten(List<Klasse> klassen) {
        boolean breuken = klassen.stream()
                .flatMap(k -> Stream.of(k.van(), k.tot()))
                .anyMatch(w -> w.stripTrailingZeros().scale() > 0);
        boolean klein = klassen.stream()
                .allMatch(k -> k.van().abs().compareTo(BigDecimal.valueOf(1000)) < 0
                        && k.tot().abs().compareTo(BigDecimal.valueOf(1000)) < 0);
        int decimalen = breuken && klein ? 1 : 0;
        List<String> teksten = new ArrayList<>();
        for (Klasse k : klassen) {
            String van = getal(k.van(), decimalen);
            String tot = getal(k.tot(), decimalen);
            teksten.add(van.equals(tot) ? van : van + " tot en met " + tot);
        }
        return teksten;
    }

    private static void vakje(PdfTemplate t, float x, float y, Color kleur, boolean gearceerd) {
        t.saveState();
        t.setColorFill(kleur);
        t.setColorStroke(new Color(0x88, 0x88, 0x88));
        t.setLineWidth(0.3f);
        t.rectangle(x, y - 1, 10, 8);
        t.fillStroke();
        t.restoreState();
        if (gearceerd) {
            arceer(
                    t,
                    List.of(List.of(
                            new double[] {x, y - 1},
                            new double[] {x + 10, y - 1},
                            new double[] {x + 10, y + 7},
                            new double[] {x, y + 7})));
        }
    }

    static String getal(BigDecimal waarde, int decimalen) {
        return Nederlands.getal(waarde, decimalen);
    }

    static double[] kader(Provinciegeometrie geometrie) {
        double[] k = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        geometrie
                .gebieden()
                .values()
                .forEach(g -> g.ringen()
                        .forEach(r -> r.forEach(p -> {
                            k[0] = Math.min(k[0], p[0]);
                            k[1] = Math.min(k[1], p[1]);
                            k[2] = Math.max(k[2], p[0]);
                            k[3] = Math.max(k[3], p[1]);
                        })));
        return k;
    }

    static double[] midden(Provinciegeometrie.Gebied g) {
        List<double[]> ring = g.ringen().get(0);
        double x = 0;
        double y = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            x += ring.get(i)[0];
            y += ring.get(i)[1];
        }
        return new double[] {x / (ring.size() - 1), y / (ring.size() - 1)};
    }

    private static String afkorting(String naam) {
        return naam.length() <= 10 ? naam : naam.substring(0, 9) + ".";
    }
}
