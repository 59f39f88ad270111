package nl.bzk.spreiding.archive.entity;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.bzk.spreiding.platform.Fout;

/**
 * The appraisal of an archive record as MDTO knows it (Begrippenlijst Waarderingen): B "Blijvend te bewaren", or V
 * "Tijdelijk te bewaren" with a retention period ({@code P10Y}). Configured per document type, written into the record
 * as readable text at archiving ("Blijvend te bewaren", "Tijdelijk te bewaren (P10Y)") and read back from it for the
 * export, so the record stays the single source.
 */
public record Bewaartermijn(String waardering, Period looptijd) {

    /** A configuration value: "B" (or empty) for permanent, an ISO-8601 period such as "P10Y" for temporary. */
    public static Bewaartermijn uitInstelling(String waarde) {
        if (waarde == null
                || waarde.isBlank()
                || waarde.strip().equalsIgnoreCase("B")
                || waarde.strip().toLowerCase(Locale.ROOT).startsWith("blijvend")) {
            return new Bewaartermijn("B", null);
        }
        try {
            return new Bewaartermijn("V", Period.parse(waarde.strip()));
        } catch (DateTimeParseException e) {
            throw Fout.ongeldig(
                    "Instelling bewaartermijn: '" + waarde + "' is geen B (blijvend) en geen termijn zoals P10Y");
        }
    }

    /** The text stored in the record; older records say "Blijvend te bewaren" too. */
    public static Bewaartermijn uitTekst(String tekst) {
        if (tekst == null || tekst.strip().toLowerCase(Locale.ROOT).startsWith("blijvend")) {
            return new Bewaartermijn("B", null);
        }
        int open = tekst.indexOf('(');
        int dicht = tekst.indexOf(')', open + 1);
        if (open < 0 || dicht < 0) {
            return new Bewaartermijn("N", null);
        }
        return new Bewaartermijn("V", Period.parse(tekst.substring(open + 1, dicht)));
    }

    public String tekst() {
        return switch (waardering) {
            case "B" -> "Blijvend te bewaren";
            case "V" -> "Tijdelijk te bewaren (" + looptijd + ")";
            default -> "Nader te bepalen";
        };
    }

    public String label() {
        return switch (waardering) {
            case "B" -> "Blijvend te bewaren";
            case "V" -> "Tijdelijk te bewaren";
            default -> "Nader te bepalen";
        };
    }
}
