package nl.bzk.spreiding.documents.opmaak;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a label goes inside a province: the widest horizontal run through the shape (outer rings and holes, even-odd)
 * that stays inside over the height of the text, tried on a number of lines across the shape. Coordinates are those
 * of the drawing (points). A label fits when its text is narrower than that run.
 */
final class Labelplaats {

    record Plaats(double x, double y, double ruimte) {}

    private static final int LIJNEN = 24;

    private Labelplaats() {}

    static Plaats beste(List<List<double[]>> ringen, double tekstHoogte) {
        double onder = Double.MAX_VALUE;
        double boven = -Double.MAX_VALUE;
        for (List<double[]> ring : ringen) {
            for (double[] p : ring) {
                onder = Math.min(onder, p[1]);
                boven = Math.max(boven, p[1]);
            }
        }
        Plaats beste = null;
        for (int i = 1; i < LIJNEN; i++) {
            double y = onder + (boven - onder) * i / LIJNEN;
            double[] run = gedeeld(ringen, y - tekstHoogte / 2, y, y + tekstHoogte / 2);
            if (run != null && (beste == null || run[1] - run[0] > beste.ruimte())) {
                beste = new Plaats((run[0] + run[1]) / 2, y, run[1] - run[0]);
            }
        }
        return beste;
    }

    /** The widest run at {@code midden} narrowed to what is also inside at the two other heights. */
    private static double[] gedeeld(List<List<double[]>> ringen, double laag, double midden, double hoog) {
        double[] run = breedste(ringen, midden);
        if (run == null) {
            return null;
        }
        for (double y : new double[] {laag, hoog}) {
            double[] ander = bevattend(ringen, y, (run[0] + run[1]) / 2);
            if (ander == null) {
                return null;
            }
            run = new double[] {Math.max(run[0], ander[0]), Math.min(run[1], ander[1])};
            if (run[1] <= run[0]) {
                return null;
            }
        }
        return run;
    }

    private static double[] breedste(List<List<double[]>> ringen, double y) {
        double[] beste = null;
        List<Double> x = snijpunten(ringen, y);
        for (int i = 0; i + 1 < x.size(); i += 2) {
            if (beste == null || x.get(i + 1) - x.get(i) > beste[1] - beste[0]) {
                beste = new double[] {x.get(i), x.get(i + 1)};
            }
        }
        return beste;
    }

    /** The inside run at height y that contains x, if any. */
    private static double[] bevattend(List<List<double[]>> ringen, double y, double x) {
        List<Double> s = snijpunten(ringen, y);
        for (int i = 0; i + 1 < s.size(); i += 2) {
            if (s.get(i) <= x && x <= s.get(i + 1)) {
                return new double[] {s.get(i), s.get(i + 1)};
            }
        }
        return null;
    }

    /** Where the horizontal line at y crosses the rings, sorted: pairs of them bound the inside (even-odd). */
    private static List<Double> snijpunten(List<List<double[]>> ringen, double y) {
        List<Double> x = new ArrayList<>();
        for (List<double[]> ring : ringen) {
            for (int i = 0; i < ring.size(); i++) {
                double[] a = ring.get(i);
                double[] b = ring.get((i + 1) % ring.size());
                if ((a[1] <= y && b[1] > y) || (b[1] <= y && a[1] > y)) {
                    x.add(a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]));
                }
            }
        }
        x.sort(Double::compare);
        return x;
    }
}
