package nl.bzk.spreiding.figures.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.bzk.spreiding.platform.Nederlands;

/**
 * The one rounding rule of the figures: computed exactly (BigDecimal), rounded only for display, half up —
 * FTE to whole numbers ("367.131 fte"), percentages to one decimal ("3,8 procent"; a whole number without ",0" as the
 * letter writes "3 procent").
 */
public final class Afronding {

    private Afronding() {}

    public static BigDecimal procent(BigDecimal deel, BigDecimal geheel) {
        if (geheel == null || geheel.signum() == 0) {
            return null;
        }
        return deel.multiply(BigDecimal.valueOf(100)).divide(geheel, 10, RoundingMode.HALF_UP);
    }

    /** "367.131"; a decrease as the letter writes it, "– 40" (en dash and space, not a hyphen). */
    public static String fte(BigDecimal fte) {
        return Nederlands.getal(fte, 0);
    }

    /** "3,8", "9,8", "3" (no ",0"), "– 1" for a decrease as the letter writes it. */
    public static String procent(BigDecimal procent) {
        if (procent == null) {
            return "–";
        }
        return Nederlands.getalHoogstens(procent, 1);
    }

    /**
     * A figure as the letter says it in prose: rounded to a round number with "bijna" (just under) or "ruim" (just
     * over), "bijna 80 procent", "ruim 17.500 fte"; the figure itself when it is round. Round means: for percentages
     * a whole number below 10 and a multiple of 5 from 10; for fte a multiple of 5 × 10^(n−3) for a number of n ≥ 4
     * digits (500 for 17.532, 50 for 1.234), a multiple of 10 from 100 to 999 (320 for 323), whole numbers below 100. The nearest round number is taken.
     */
    public static String ongeveer(BigDecimal waarde, String eenheid) {
        BigDecimal w = waarde.abs();
        boolean procent = "procent".equals(eenheid);
        BigDecimal stap =
                procent ? (w.compareTo(BigDecimal.TEN) < 0 ? BigDecimal.ONE : BigDecimal.valueOf(5)) : fteStap(w);
        BigDecimal rond = w.divide(stap, 0, RoundingMode.HALF_UP).multiply(stap);
        BigDecimal vergelijk = w.setScale(procent ? 1 : 0, RoundingMode.HALF_UP);
        int c = vergelijk.compareTo(rond);
        String woord = c < 0 ? "bijna " : c > 0 ? "ruim " : "";
        return woord + Nederlands.getal(rond, 0) + (eenheid == null || eenheid.isBlank() ? "" : " " + eenheid);
    }

    private static BigDecimal fteStap(BigDecimal w) {
        int cijfers = w.setScale(0, RoundingMode.HALF_UP).toPlainString().length();
        if (cijfers < 3) {
            return BigDecimal.ONE;
        }
        return cijfers == 3 ? BigDecimal.TEN : BigDecimal.valueOf(5).multiply(BigDecimal.TEN.pow(cijfers - 3));
    }
}
