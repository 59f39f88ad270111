package nl.bzk.spreiding.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The one home of Dutch number and date formatting, used by pages, documents, e-mails, messages and exports alike:
 * "367.131", "1.234,50", "3,8", "– 40" (a decrease as the Kamerbrief writes it: en dash and space), "+3,8 %",
 * "1 januari 2025", "1 januari 2025 14:05" (always in {@link Tijd#ZONE}). Rounding is half up, as {@code Afronding}
 * prescribes for the figures.
 */
public final class Nederlands {

    public static final Locale TAAL = Locale.forLanguageTag("nl-NL");
    /** The minus sign of every figure people read: en dash and a space, never a hyphen. */
    public static final String MIN = "– ";

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", TAAL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", TAAL);
    private static final DateTimeFormatter MOMENT_SECONDEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", TAAL);
    private static final DateTimeFormatter MOMENT_KORT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", TAAL);

    private Nederlands() {}

    /** Exactly {@code decimalen} decimals with thousands separators: "1.234,50", "– 97,00"; "" for none. */
    public static String getal(BigDecimal waarde, int decimalen) {
        return waarde == null
                ? ""
                : opgemaakt(waarde, decimalen, "#,##0" + (decimalen == 0 ? "" : "." + "0".repeat(decimalen)));
    }

    /** At most {@code decimalen} decimals, no trailing zeros: "3,8", "3", "– 1,4"; "" for none. */
    public static String getalHoogstens(BigDecimal waarde, int decimalen) {
        return waarde == null
                ? ""
                : opgemaakt(waarde, decimalen, "#,##0" + (decimalen == 0 ? "" : "." + "#".repeat(decimalen)));
    }

    /** A change with its sign: "+12,50", "– 3,00", "0,00"; "" for none. */
    public static String verschil(BigDecimal waarde, int decimalen) {
        return waarde == null ? "" : (plus(waarde, decimalen) ? "+" : "") + getal(waarde, decimalen);
    }

    /** A percentage change: "+3,8 %", "– 1,4 %"; "–" when there is none (nothing to compare with). */
    public static String procentVerschil(BigDecimal procent, int decimalen) {
        return procent == null ? "–" : verschil(procent, decimalen) + " %";
    }

    /** A whole number for messages: "20.000". */
    /** "2018", "2017 en 2018", "2015, 2016 en 2017". */
    public static String opsomming(List<String> delen) {
        return delen.size() <= 1
                ? String.join("", delen)
                : String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }

    public static String geheel(long waarde) {
        return getal(BigDecimal.valueOf(waarde), 0);
    }

    /** A number as typed into a field or a CSV cell: "12,5", "-3" (no grouping; a plain minus a parser reads back). */
    public static String invoer(BigDecimal waarde) {
        return waarde == null ? "" : waarde.toPlainString().replace('.', ',');
    }

    /** "1 januari 2025"; "" for none. */
    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    /**
     * The date a document printed ({@link #datum}) read back: null for none, and for a text this class did not write
     * (snapshots of the first version were written by hand), since a record keeps what it can be sure of.
     */
    public static LocalDate leesDatum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(tekst.strip(), DATUM);
            // the formatter's lenient resolving would turn "31 februari" into 28 February: only a date that prints as
            // the text counts
            return DATUM.format(d).equals(tekst.strip()) ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "1 januari 2025 14:05" in the Dutch zone; "" for none. */
    public static String moment(OffsetDateTime moment) {
        return moment == null ? "" : MOMENT.format(moment.atZoneSameInstant(Tijd.ZONE));
    }

    /** "1 januari 2025 14:05:09" in the Dutch zone, where seconds matter (signing time). */
    public static String momentTotDeSeconde(OffsetDateTime moment) {
        return moment == null ? "" : MOMENT_SECONDEN.format(moment.atZoneSameInstant(Tijd.ZONE));
    }

    /** "1 jan. 2025 14:05" for dense tables. */
    public static String momentKort(OffsetDateTime moment) {
        return moment == null ? "" : MOMENT_KORT.format(moment.atZoneSameInstant(Tijd.ZONE));
    }

    private static boolean plus(BigDecimal waarde, int decimalen) {
        return waarde.setScale(decimalen, RoundingMode.HALF_UP).signum() > 0;
    }

    private static String opgemaakt(BigDecimal waarde, int decimalen, String patroon) {
        BigDecimal afgerond = waarde.setScale(decimalen, RoundingMode.HALF_UP);
        String tekst = new DecimalFormat(patroon, DecimalFormatSymbols.getInstance(TAAL)).format(afgerond.abs());
        return afgerond.signum() < 0 ? MIN + tekst : tekst;
    }
}
