package nl.bzk.spreiding.figures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Dashboard;

/**
 * The development as an SVG line chart: one line per province, sector or ministry, a point per year with its figure as
 * tooltip. The chart is an illustration; the table beside it carries every figure for keyboard and screen-reader users.
 */
public final class Lijngrafiek {

    static final int BREEDTE = 1100;
    static final int HOOGTE = 320;
    private static final int LINKS = 80;
    private static final int RECHTS = 20;
    private static final int BOVEN = 20;
    private static final int ONDER = 40;

    /** Thirteen colours that stay apart for common colour-vision deficiencies (after the Okabe-Ito and Tol palettes). */
    private static final String[] KLEUREN = {
        "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000", "#882255", "#117733", "#999933",
        "#332288", "#aa4499", "#44aa99"
    };

    private Lijngrafiek() {}

    public record Punt(String x, String y, String titel) {}

    /** @param pad the polyline's points, "x,y x,y" */
    public record Lijn(String naam, String kleur, String pad, List<Punt> punten) {}

    public record As(String y, String tekst) {}

    public record Jaarlabel(String x, int jaar) {}

    public record Grafiek(List<Lijn> lijnen, List<As> assen, List<Jaarlabel> jaren) {}

    public static Grafiek van(Dashboard.Ontwikkeling o) {
        BigDecimal max = o.reeksen().stream()
                .flatMap(r -> r.fte().stream())
                .filter(f -> f != null)
                .max(BigDecimal::compareTo)
                .filter(m -> m.signum() > 0)
                .orElse(BigDecimal.ONE);
        int n = o.jaren().size();
        List<Lijn> lijnen = new ArrayList<>();
        for (int i = 0; i < o.reeksen().size(); i++) {
            Dashboard.Reeks r = o.reeksen().get(i);
            StringBuilder pad = new StringBuilder();
            List<Punt> punten = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                BigDecimal f = r.fte().get(j);
                if (f == null) {
                    continue;
                }
                String x = getal(x(j, n));
                String y = getal(y(f, max));
                pad.append(pad.isEmpty() ? "" : " ").append(x).append(',').append(y);
                punten.add(new Punt(
                        x, y, r.naam() + ", 1 januari " + o.jaren().get(j) + ": " + Afronding.fte(f) + " fte"));
            }
            lijnen.add(new Lijn(r.naam(), KLEUREN[i % KLEUREN.length], pad.toString(), punten));
        }
        List<As> assen = new ArrayList<>();
        for (int k = 0; k <= 4; k++) {
            BigDecimal waarde = max.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(4));
            assen.add(new As(getal(y(waarde, max)), Afronding.fte(waarde)));
        }
        List<Jaarlabel> jaren = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            jaren.add(new Jaarlabel(getal(x(j, n)), o.jaren().get(j)));
        }
        return new Grafiek(lijnen, assen, jaren);
    }

    private static double x(int j, int n) {
        double ruimte = BREEDTE - LINKS - RECHTS;
        return n <= 1 ? LINKS + ruimte / 2 : LINKS + ruimte * j / (n - 1);
    }

    private static double y(BigDecimal waarde, BigDecimal max) {
        return BOVEN + (HOOGTE - BOVEN - ONDER) * (1 - waarde.doubleValue() / max.doubleValue());
    }

    /** A coordinate in SVG: a point, not a comma, whatever the page's language. */
    private static String getal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
