package nl.bzk.spreiding.figures.service;

import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.platform.Fout;
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
 * @param uitzonderingDoor who recorded that a letter about this provisional year may be made (issue 31); null: nobody
 * @param uitzonderingReden why
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
        String melding,
        String uitzonderingDoor,
        String uitzonderingReden) {

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
        this(jaar, definitief, historisch, rondeOpen, verwacht, goedgekeurd, ontbrekend, null, null);
    }

    /** The same, with the exception recorded for a letter about the provisional year (who, why). */
    public Jaarstatus(
            int jaar,
            boolean definitief,
            boolean historisch,
            boolean rondeOpen,
            int verwacht,
            int goedgekeurd,
            List<String> ontbrekend,
            String uitzonderingDoor,
            String uitzonderingReden) {
        this(
                jaar,
                definitief,
                historisch,
                rondeOpen,
                verwacht,
                goedgekeurd,
                ontbrekend,
                omschrijving(definitief, verwacht, goedgekeurd),
                melding(jaar, definitief, rondeOpen, verwacht, goedgekeurd, ontbrekend),
                uitzonderingDoor,
                uitzonderingReden);
    }

    /**
     * Why {@code wie} may not make a letter, set or preview about this year, as the refusal, or null (issue 31), the one
     * rule for the dossier, the documents and their previews: a definitief year is open to every coordinator; a
     * provisional one only after a coordinator recorded an exception, and then to another one (four eyes), whose
     * documents say VOORLOPIG on every page.
     *
     * @param briefjaren the definitief years a letter may report, named in the refusal
     */
    public Fout waaromGeenBrief(String wie, List<Integer> briefjaren) {
        if (definitief) {
            return null;
        }
        if (uitzonderingDoor == null) {
            return Fout.conflict("Veld jaar: " + melding
                    + " Een brief gaat over een definitief jaar: alle verwachte ministeries goedgekeurd en de ronde "
                    + "gesloten"
                    + (briefjaren.isEmpty()
                            ? ""
                            : "; kies uit "
                                    + Nederlands.opsomming(briefjaren.stream()
                                            .map(String::valueOf)
                                            .toList()))
                    + ". Is een brief over de voorlopige cijfers toch nodig, dan legt een BZK-coördinator daarvoor een "
                    + "uitzondering vast bij de inventarisatieronde, en maakt een ander de brief.");
        }
        if (uitzonderingDoor.equals(wie)) {
            return Fout.geenToegang("Vier ogen: u heeft de uitzondering voor een brief over de voorlopige cijfers van "
                    + jaar + " zelf vastgelegd; een andere BZK-coördinator maakt de brief");
        }
        return null;
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
                mist.stream().map(Ministerie::getNaam).toList(),
                ronde.getVoorlopigeBriefDoor(),
                ronde.getVoorlopigeBriefReden());
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
