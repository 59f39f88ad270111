package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The classes of a map, derived from the data (issue 31): Jenks natural breaks (Fisher's exact optimisation of the
 * within-class sum of squares, small enough for twelve provinces), computed over the distinct values so that equal
 * values never fall in two classes. Every class holds at least one province and runs from its lowest to its highest
 * value, so classes neither overlap nor stay empty. When values change sign the map diverges around zero: declines in
 * up to two hatched red classes, the rest in up to four blue ones (five without declines).
 */
final class Kaartklassen {

    static final Color[] BLAUW = {
        new Color(0xDD, 0xE8, 0xF3),
        new Color(0xA9, 0xC6, 0xE3),
        new Color(0x6F, 0x9C, 0xCC),
        new Color(0x35, 0x6C, 0xA8),
        new Color(0x15, 0x42, 0x73)
    };
    static final Color[] ROOD = {new Color(0xF2, 0xB8, 0xAE), new Color(0xC9, 0x4A, 0x3A)};

    private Kaartklassen() {}

    /** The classes from lowest to highest (the legend prints them the other way round). */
    static List<Kaarttekening.Klasse> indeling(List<BigDecimal> waarden) {
        List<Kaarttekening.Klasse> klassen = new ArrayList<>();
        List<BigDecimal> negatief =
                waarden.stream().filter(w -> w != null && w.signum() < 0).toList();
        List<BigDecimal> rest =
                waarden.stream().filter(w -> w != null && w.signum() >= 0).toList();
        List<List<BigDecimal>> rood = groepen(negatief, 2);
        // the most negative class darkest
        for (int i = 0; i < rood.size(); i++) {
            Color kleur = rood.size() == 1 ? ROOD[1] : ROOD[i == 0 ? 1 : 0];
            klassen.add(klasse(rood.get(i), kleur, true));
        }
        List<List<BigDecimal>> blauw = groepen(rest, negatief.isEmpty() ? BLAUW.length : BLAUW.length - 1);
        for (int i = 0; i < blauw.size(); i++) {
            klassen.add(klasse(blauw.get(i), BLAUW[tint(i, blauw.size())], false));
        }
        return klassen;
    }

    /** Spread over the palette: one class the middle tint, five every tint. */
    private static int tint(int i, int aantal) {
        return aantal == 1 ? 2 : (int) Math.round(i * (BLAUW.length - 1) / (double) (aantal - 1));
    }

    private static Kaarttekening.Klasse klasse(List<BigDecimal> groep, Color kleur, boolean gearceerd) {
        return new Kaarttekening.Klasse(groep.get(0), groep.get(groep.size() - 1), kleur, gearceerd);
    }

    /**
     * The values in at most {@code maximum} groups by natural breaks, each group sorted, the groups in order. Groups
     * are formed over distinct values, weighted by how often each occurs.
     */
    static List<List<BigDecimal>> groepen(List<BigDecimal> waarden, int maximum) {
        if (waarden.isEmpty()) {
            return List.of();
        }
        TreeMap<BigDecimal, Integer> aantal = new TreeMap<>();
        waarden.forEach(w -> aantal.merge(w.stripTrailingZeros(), 1, Integer::sum));
        List<BigDecimal> uniek = new ArrayList<>(aantal.keySet());
        int n = uniek.size();
        int k = Math.min(maximum, n);
        double[] x = uniek.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        double[] gewicht = uniek.stream().mapToDouble(u -> aantal.get(u)).toArray();
        // kosten[i][j]: the weighted sum of squared deviations of x[i..j]
        double[][] kosten = new double[n][n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            double s2 = 0;
            double w = 0;
            for (int j = i; j < n; j++) {
                s += gewicht[j] * x[j];
                s2 += gewicht[j] * x[j] * x[j];
                w += gewicht[j];
                kosten[i][j] = s2 - s * s / w;
            }
        }
        // best[c][j]: the least cost of x[0..j] in c+1 groups; begin[c][j]: where the last of those groups begins
        double[][] best = new double[k][n];
        int[][] begin = new int[k][n];
        for (int j = 0; j < n; j++) {
            best[0][j] = kosten[0][j];
        }
        for (int c = 1; c < k; c++) {
            for (int j = c; j < n; j++) {
                best[c][j] = Double.MAX_VALUE;
                for (int i = c; i <= j; i++) {
                    double t = best[c - 1][i - 1] + kosten[i][j];
                    if (t < best[c][j]) {
                        best[c][j] = t;
                        begin[c][j] = i;
                    }
                }
            }
        }
        List<List<BigDecimal>> groepen = new ArrayList<>();
        int eind = n - 1;
        for (int c = k - 1; c >= 0; c--) {
            int start = c == 0 ? 0 : begin[c][eind];
            List<BigDecimal> groep = new ArrayList<>(uniek.subList(start, eind + 1));
            groepen.add(0, groep);
            eind = start - 1;
        }
        return groepen;
    }
}
