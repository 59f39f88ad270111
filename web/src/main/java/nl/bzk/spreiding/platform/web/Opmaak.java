package nl.bzk.spreiding.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.platform.Benoemd;
import nl.bzk.spreiding.platform.Nederlands;

/** The pages' access to {@link Nederlands} (numbers, dates) and to the names of statuses and kinds. */
@Named
@ApplicationScoped
public class Opmaak {

    /** A count: "1.234". */
    public String geheel(long waarde) {
        return Nederlands.geheel(waarde);
    }

    public String fte(BigDecimal waarde) {
        return Nederlands.getal(waarde, 2);
    }

    public String verschil(BigDecimal waarde) {
        return Nederlands.verschil(waarde, 2);
    }

    public String procent(BigDecimal waarde) {
        return Nederlands.procentVerschil(waarde, 1);
    }

    public String datum(LocalDate datum) {
        return Nederlands.datum(datum);
    }

    public String moment(OffsetDateTime moment) {
        return Nederlands.moment(moment);
    }

    /** A file size as people read it: "105 kB" (at least 1). */
    public String kB(long bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    /** The Dutch name of a status, kind or role (the label lives in the enum itself). */
    public String naam(Benoemd waarde) {
        return waarde == null ? "" : waarde.getLabel();
    }
}
