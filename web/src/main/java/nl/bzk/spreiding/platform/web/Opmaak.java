package nl.bzk.spreiding.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dutch number and date formatting for the pages: 367.131,50 fte; 3,8 %; 1 januari 2025. */
@Named
@ApplicationScoped
public class Opmaak {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", NL);

    public String fte(BigDecimal waarde) {
        return waarde == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)).format(waarde);
    }

    public String verschil(BigDecimal waarde) {
        return waarde == null ? "" : (waarde.signum() > 0 ? "+" : "") + fte(waarde);
    }

    public String procent(BigDecimal waarde) {
        return waarde == null ? "–" : (waarde.signum() > 0 ? "+" : "") + new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(NL)).format(waarde) + " %";
    }

    public String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public String moment(OffsetDateTime moment) {
        return moment == null ? "" : MOMENT.format(moment.atZoneSameInstant(nl.bzk.spreiding.platform.Tijd.ZONE));
    }

    /** A file size as people read it: "105 kB" (at least 1). */
    public String kB(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    public String status(Enum<?> status) {
        if (status == null) {
            return "";
        }
        return switch (status.name()) {
            case "CONCEPT" -> "Concept";
            case "INGEDIEND" -> "Ingediend";
            case "TERUGGESTUURD" -> "Teruggestuurd";
            case "GOEDGEKEURD" -> "Goedgekeurd";
            case "GEPLAND" -> "Gepland";
            case "OPEN" -> "Open";
            case "GESLOTEN" -> "Gesloten";
            default -> status.name();
        };
    }
}
