package nl.bzk.spreiding.figures.service;

import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;

/**
 * Whether a year's figures count (issue 31): definitief, or voorlopig with how far the round is. The rule itself is
 * {@link Ronde#isDefinitief}; this is what pages, the API, exports and documents show of it.
 *
 * @param verwacht the ministries expected to file; {@code goedgekeurd} of them are accepted
 * @param ontbrekend the expected ministries without an accepted submission, by name
 */
public record Jaarstatus(
        int jaar,
        boolean definitief,
        boolean historisch,
        boolean rondeOpen,
        int verwacht,
        int goedgekeurd,
        List<String> ontbrekend) {

    public Jaarstatus {
        ontbrekend = List.copyOf(ontbrekend);
    }

    /** The status of a round's year, given the ministries accepted in it. */
    public static Jaarstatus van(Ronde ronde, Set<String> goedgekeurd) {
        List<Ministerie> mist = ronde.ontbrekend(goedgekeurd);
        int verwacht = (int) ronde.aantalVerwacht();
        return new Jaarstatus(
                ronde.getJaar(),
                ronde.isDefinitief(goedgekeurd),
                ronde.isHistorisch(),
                ronde.getStatus() != RondeStatus.GESLOTEN,
                verwacht,
                verwacht - mist.size(),
                mist.stream().map(Ministerie::getNaam).toList());
    }

    /** A year without a round (figures from before rounds were kept): nothing says it is complete. */
    public static Jaarstatus zonderRonde(int jaar) {
        return new Jaarstatus(jaar, false, false, false, 0, 0, List.of());
    }

    /** "Definitief", or "Voorlopig: 3 van 15 ministeries goedgekeurd" (a table cell, a label). */
    public String getOmschrijving() {
        if (definitief) {
            return "Definitief";
        }
        return verwacht == 0
                ? "Voorlopig"
                : "Voorlopig: " + goedgekeurd + " van " + verwacht + " ministeries goedgekeurd";
    }

    /**
     * The banner of every view and export of a provisional year: what is missing, in a sentence a reader of the
     * figures understands.
     */
    public String getMelding() {
        if (definitief) {
            return null;
        }
        StringBuilder m = new StringBuilder("Voorlopige cijfers ").append(jaar).append(": ");
        if (verwacht > 0) {
            m.append(goedgekeurd)
                    .append(" van de ")
                    .append(verwacht)
                    .append(" verwachte ministeries ")
                    .append(goedgekeurd == 1 ? "is" : "zijn")
                    .append(" goedgekeurd");
        } else {
            m.append("de verwachte ministeries zijn niet vastgelegd");
        }
        m.append(rondeOpen ? " en de inventarisatieronde is nog open. " : ". ");
        if (!ontbrekend.isEmpty()) {
            m.append("Nog niet goedgekeurd: ")
                    .append(Nederlands.opsomming(ontbrekend))
                    .append(". ");
        }
        return m.append("Dit is niet de stand op 1 januari ")
                .append(jaar)
                .append(".")
                .toString();
    }
}
