package nl.bzk.spreiding.documents.opmaak;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A choropleth map of the provinces as vector graphics: each province is one filled path (outer rings and holes,
 * even-odd), wrapped in a marked-content section {@code /Provincie <</Code (PV20)>>} so readers and tests can find
 * it, coloured by the class of its value, with a legend. Classes are equal intervals over the values shown; when
 * values are negative (a decline) those get a red class of their own, the others blue ones.
 */
final class Kaarttekening {

    static final PdfName PROVINCIE = new PdfName("Provincie");

    private static final Color[] BLAUW = {new Color(0xDD, 0xE8, 0xF3), new Color(0xA9, 0xC6, 0xE3),
            new Color(0x6F, 0x9C, 0xCC), new Color(0x35, 0x6C, 0xA8), new Color(0x15, 0x42, 0x73)};
    private static final Color[] ROOD = {new Color(0xF2, 0xB8, 0xAE), new Color(0xC9, 0x4A, 0x3A)};
    private static final Color GEEN_GEGEVENS = new Color(0xE6, 0xE6, 0xE6);
    private static final Color RAND = new Color(0xFF, 0xFF, 0xFF);

    record Klasse(BigDecimal van, BigDecimal tot, Color kleur) {
    }

    private Kaarttekening() {
    }

    /**
     * @param waarden per province code the value (absent: no figures, drawn grey)
     */
    static PdfTemplate teken(com.lowagie.text.pdf.PdfContentByte cb, Lettertypen letters, Provinciegeometrie geometrie,
                             Map<String, BigDecimal> waarden, String eenheid, float breedte, float hoogte) {
        PdfTemplate t = cb.createTemplate(breedte, hoogte);
        float kaartBreedte = breedte * 0.62f;
        double[] kader = kader(geometrie);
        double schaal = Math.min(kaartBreedte / (kader[2] - kader[0]), (hoogte - 10) / (kader[3] - kader[1]));
        List<Klasse> klassen = klassen(new ArrayList<>(waarden.values()));
        for (Provinciegeometrie.Gebied g : geometrie.gebieden().values()) {
            PdfDictionary eigenschappen = new PdfDictionary();
            eigenschappen.put(new PdfName("Code"), new PdfString(g.code()));
            t.beginMarkedContentSequence(PROVINCIE, eigenschappen, true);
            t.saveState();
            t.setColorFill(kleur(klassen, waarden.get(g.code())));
            t.setColorStroke(RAND);
            t.setLineWidth(0.6f);
            for (List<double[]> ring : g.ringen()) {
                for (int i = 0; i < ring.size(); i++) {
                    float x = (float) ((ring.get(i)[0] - kader[0]) * schaal);
                    float y = (float) ((ring.get(i)[1] - kader[1]) * schaal + 5);
                    if (i == 0) {
                        t.moveTo(x, y);
                    } else {
                        t.lineTo(x, y);
                    }
                }
                t.closePath();
            }
            t.eoFillStroke();
            t.restoreState();
            t.endMarkedContentSequence();
            if (geometrie.isSchematisch()) {
                double[] midden = midden(g);
                Color vlak = kleur(klassen, waarden.get(g.code()));
                boolean donker = isDonker(vlak);
                ColumnText.showTextAligned(t, Element.ALIGN_CENTER, new Phrase(afkorting(g.naam()),
                                letters.font(6.5f, false, false, donker ? Color.WHITE : Lettertypen.TEKST)),
                        (float) ((midden[0] - kader[0]) * schaal), (float) ((midden[1] - kader[1]) * schaal + 3), 0);
            }
        }
        legenda(t, letters, klassen, eenheid, kaartBreedte + 14, hoogte - 14, !waarden.keySet().containsAll(geometrie.gebieden().keySet()));
        return t;
    }

    static List<Klasse> klassen(List<BigDecimal> waarden) {
        List<Klasse> klassen = new ArrayList<>();
        if (waarden.isEmpty()) {
            return klassen;
        }
        BigDecimal min = waarden.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = waarden.stream().max(BigDecimal::compareTo).orElseThrow();
        if (min.signum() < 0) {
            BigDecimal helft = min.divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
            klassen.add(new Klasse(min, helft, ROOD[1]));
            klassen.add(new Klasse(helft, BigDecimal.ZERO, ROOD[0]));
            min = BigDecimal.ZERO;
        }
        int aantal = max.compareTo(min) == 0 ? 1 : BLAUW.length;
        BigDecimal stap = max.subtract(min).divide(BigDecimal.valueOf(aantal), 10, RoundingMode.HALF_UP);
        for (int i = 0; i < aantal; i++) {
            BigDecimal van = min.add(stap.multiply(BigDecimal.valueOf(i)));
            BigDecimal tot = i == aantal - 1 ? max : van.add(stap);
            klassen.add(new Klasse(van, tot, BLAUW[aantal == 1 ? 2 : i]));
        }
        return klassen;
    }

    /** Whether a label on this fill needs white text to stay readable. */
    static boolean isDonker(Color c) {
        return c.getRed() * 0.3 + c.getGreen() * 0.59 + c.getBlue() * 0.11 < 128;
    }

    static Color kleur(List<Klasse> klassen, BigDecimal waarde) {
        if (waarde == null) {
            return GEEN_GEGEVENS;
        }
        for (Klasse k : klassen) {
            if (waarde.compareTo(k.tot()) < 0 || k == klassen.get(klassen.size() - 1)) {
                return k.kleur();
            }
        }
        return GEEN_GEGEVENS;
    }

    private static void legenda(PdfTemplate t, Lettertypen letters, List<Klasse> klassen, String eenheid, float x, float y,
                                boolean metGeenGegevens) {
        ColumnText.showTextAligned(t, Element.ALIGN_LEFT, new Phrase("Legenda" + (eenheid == null || eenheid.isBlank() ? "" : " (" + eenheid + ")"),
                letters.font(7.5f, true, false, Lettertypen.TEKST)), x, y, 0);
        List<String> teksten = legendateksten(klassen);
        for (int i = klassen.size() - 1; i >= 0; i--) {
            y -= 13;
            vakje(t, x, y, klassen.get(i).kleur());
            ColumnText.showTextAligned(t, Element.ALIGN_LEFT, new Phrase(teksten.get(i), letters.font(7)), x + 14, y + 1, 0);
        }
        if (metGeenGegevens) {
            y -= 13;
            vakje(t, x, y, GEEN_GEGEVENS);
            ColumnText.showTextAligned(t, Element.ALIGN_LEFT, new Phrase("geen gegevens", letters.font(7)), x + 14, y + 1, 0);
        }
    }

    /** Per class "van tot tot", the last "tot en met"; one decimal when a class spans less than ten. */
    static List<String> legendateksten(List<Klasse> klassen) {
        int decimalen = klassen.stream().anyMatch(k -> k.tot().subtract(k.van()).abs().compareTo(BigDecimal.valueOf(10)) < 0) ? 1 : 0;
        List<String> teksten = new ArrayList<>();
        for (int i = 0; i < klassen.size(); i++) {
            Klasse k = klassen.get(i);
            teksten.add(getal(k.van(), decimalen) + " tot " + (i == klassen.size() - 1 ? "en met " : "") + getal(k.tot(), decimalen));
        }
        return teksten;
    }

    private static void vakje(PdfTemplate t, float x, float y, Color kleur) {
        t.saveState();
        t.setColorFill(kleur);
        t.setColorStroke(new Color(0x88, 0x88, 0x88));
        t.setLineWidth(0.3f);
        t.rectangle(x, y - 1, 10, 8);
        t.fillStroke();
        t.restoreState();
    }

    static String getal(BigDecimal waarde, int decimalen) {
        DecimalFormat f = new DecimalFormat(decimalen == 0 ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        String tekst = f.format(waarde.setScale(decimalen, RoundingMode.HALF_UP).abs());
        return waarde.setScale(decimalen, RoundingMode.HALF_UP).signum() < 0 ? "– " + tekst : tekst;
    }

    static double[] kader(Provinciegeometrie geometrie) {
        double[] k = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        geometrie.gebieden().values().forEach(g -> g.ringen().forEach(r -> r.forEach(p -> {
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
