package nl.bzk.spreiding.figures.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one rounding rule of the figures: computed exactly (BigDecimal), rounded only for display, half up —
 * FTE to whole numbers ("367.131 fte"), percentages to one decimal ("3,8 procent"; a whole number without ",0" as the
 * letter writes "3 procent").
 */
public final class Afronding {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Afronding() {
    }

    public static BigDecimal procent(BigDecimal deel, BigDecimal geheel) {
        if (geheel == null || geheel.signum() == 0) {
            return null;
        }
        return deel.multiply(BigDecimal.valueOf(100)).divide(geheel, 10, RoundingMode.HALF_UP);
    }

    /** "367.131"; a decrease as the letter writes it, "– 40" (en dash and space, not a hyphen). */
    public static String fte(BigDecimal fte) {
        BigDecimal afgerond = fte.setScale(0, RoundingMode.HALF_UP);
        String tekst = new DecimalFormat("#,##0", NL).format(afgerond.abs());
        return afgerond.signum() < 0 ? "– " + tekst : tekst;
    }

    /** "3,8", "9,8", "3" (no ",0"), "– 1" for a decrease as the letter writes it. */
    public static String procent(BigDecimal procent) {
        if (procent == null) {
            return "–";
        }
        BigDecimal afgerond = procent.setScale(1, RoundingMode.HALF_UP);
        String tekst = new DecimalFormat("#,##0.#", NL).format(afgerond.abs());
        return afgerond.signum() < 0 ? "– " + tekst : tekst;
    }
}
