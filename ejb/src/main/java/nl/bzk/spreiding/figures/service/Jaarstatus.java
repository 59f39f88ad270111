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
 * @param omschrijving "Definitief", or "Voorlopig: 3 van 15 ministeries goedgekeurd" (a table cell, a label)
 * @param melding the banner of every view and export of a provisional year; null when definitief
 */
public record Jaarstatus(
        int jaar,
        boolean definitief,
        boolean historisch,
        boolean rondeOpen,
        int verwacht,
        int goedgekeurd,
        List<String> ontbrekend,
        String omschrijving,
        String melding) {

    public Jaarstatus {
        ontbrekend = List.copyOf(ontbrekend);
    }

    /** The status with its texts made from it (the API and the pages read them as they are). */
    public Jaarstatus(
            int jaar,
            boolean definitief,
            boolean historisch,
            boolean rondeOpen,
            int verwacht,
            int goedgekeurd,
            List<String> ontbrekend) {
        this(
                jaar,
                definitief,
                historisch,
                rondeOpen,
                verwacht,
                goedgekeurd,
                ontbrekend,
                omschrijving(definitief, verwacht, goedgekeurd),
                melding(jaar, definitief, rondeOpen, verwacht, goedgekeurd, ontbrekend));
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

    /** For the pages (Expression Language reads getters). */
    public String getOmschrijving() {
        return omschrijving;
    }

    public String getMelding() {
        return melding;
    }

    private static String omschrijving(boolean definitief, int verwacht, int goedgekeurd) {
        if (definitief) {
            return "Definitief";
        }
        return verwacht == 0
                ? "Voorlopig"
                : "Voorlopig: " + goedgekeurd + " van " + verwacht + " ministeries goedgekeurd";
    }

    /** What is missing, in a sentence a reader of the figures understands. */
    private static String melding(
            int jaar, boolean definitief, boolean rondeOpen, int verwacht, int goedgekeurd, List<String> ontbrekend) {
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
