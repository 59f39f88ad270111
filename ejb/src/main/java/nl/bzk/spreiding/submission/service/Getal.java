package nl.bzk.spreiding.submission.service;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an FTE figure as typed by a person or written by a spreadsheet: digits with at most one decimal
 * separator, comma (Dutch) or point. Thousands separators are not allowed, so "1.234" is read as 1,234 and
 * refused for having three decimals instead of silently becoming 1234.
 */
public final class Getal {

    public static final BigDecimal MAXIMUM = new BigDecimal("100000");
    private static final Pattern VORM = Pattern.compile("-?\\d+([.,]\\d+)?");
    // Spreadsheets write numbers in exponent form now and then ("1.5E2").
    private static final Pattern EXPONENT = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d+");

    private Getal() {}

    /** The value, or the Dutch reason it is not a valid FTE figure (exactly one of both is set). */
    public record Uitkomst(BigDecimal waarde, String fout) {}

    public static Uitkomst lees(String invoer) {
        String tekst = invoer == null ? "" : invoer.strip();
        if (tekst.isEmpty()) {
            return new Uitkomst(null, "is verplicht");
        }
        BigDecimal waarde;
        if (VORM.matcher(tekst).matches()) {
            waarde = new BigDecimal(tekst.replace(',', '.'));
        } else if (EXPONENT.matcher(tekst).matches()) {
            waarde = new BigDecimal(tekst).stripTrailingZeros();
        } else {
            return new Uitkomst(
                    null,
                    "is geen getal (gebruik cijfers met hoogstens één decimaalteken, zonder scheidingstekens voor duizendtallen)");
        }
        return controleer(waarde);
    }

    public static Uitkomst controleer(BigDecimal waarde) {
        if (waarde == null) {
            return new Uitkomst(null, "is verplicht");
        }
        if (waarde.signum() < 0) {
            return new Uitkomst(null, "mag niet negatief zijn");
        }
        if (waarde.stripTrailingZeros().scale() > 2) {
            return new Uitkomst(null, "heeft meer dan 2 decimalen");
        }
        if (waarde.compareTo(MAXIMUM) > 0) {
            return new Uitkomst(
                    null, "is onwaarschijnlijk groot (meer dan 100.000 fte voor één onderdeel in één provincie)");
        }
        return new Uitkomst(waarde.setScale(2), null);
    }
}
