package nl.bzk.spreiding.referentie.entity;

import java.util.Locale;
import java.util.Set;
import nl.bzk.spreiding.platform.Fout;

/**
 * How a letter names an organisation: its name, an abbreviation where one is used ("CJIB") and the article where the
 * name takes one ("het", "de"). The rule of the Kamerbrief: the first mention gives the name with the abbreviation
 * in brackets, "het Centraal Justitieel Incassobureau (CJIB, 323 fte)"; later mentions the abbreviation,
 * "het CJIB (22 fte)"; a name without abbreviation stays the name, "Defensie (141 fte)", "de Nationale Politie (80 fte)".
 */
public record Benaming(String naam, String afkorting, String lidwoord) {

    private static final Set<String> LIDWOORDEN = Set.of("de", "het");

    /** Checks and tidies what an administrator entered: Dutch messages that name the field. */
    public static Benaming van(String naam, String afkorting, String lidwoord) {
        if (naam == null || naam.isBlank()) {
            throw Fout.ongeldig("Veld naam: verplicht");
        }
        if (naam.strip().length() > 160) {
            throw Fout.ongeldig(
                    "Veld naam: hoogstens 160 tekens (nu " + naam.strip().length() + ")");
        }
        String a = afkorting == null || afkorting.isBlank() ? null : afkorting.strip();
        if (a != null && (a.length() > 30 || a.contains(" "))) {
            throw Fout.ongeldig(
                    "Veld afkorting: '" + a + "' is geen afkorting (één woord van hoogstens 30 tekens, zoals CJIB)");
        }
        String l =
                lidwoord == null || lidwoord.isBlank() ? null : lidwoord.strip().toLowerCase(Locale.ROOT);
        if (l != null && !LIDWOORDEN.contains(l)) {
            throw Fout.ongeldig("Veld lidwoord: '" + lidwoord + "' moet 'de', 'het' of leeg zijn");
        }
        return new Benaming(naam.strip(), a, l);
    }

    /** First mention: "het Centraal Justitieel Incassobureau (CJIB, 323 fte)"; {@code toevoeging} may be null. */
    public String eersteVermelding(String toevoeging) {
        String haakjes =
                afkorting == null ? toevoeging : toevoeging == null ? afkorting : afkorting + ", " + toevoeging;
        return metLidwoord(naam) + (haakjes == null ? "" : " (" + haakjes + ")");
    }

    /** Every later mention: "het CJIB (22 fte)", or the name again when there is no abbreviation. */
    public String latereVermelding(String toevoeging) {
        return metLidwoord(afkorting == null ? naam : afkorting) + (toevoeging == null ? "" : " (" + toevoeging + ")");
    }

    /** For lists and tables on a page: "Centraal Justitieel Incassobureau (CJIB)", no article. */
    public String volledigeNaam() {
        return afkorting == null ? naam : naam + " (" + afkorting + ")";
    }

    private String metLidwoord(String woord) {
        return lidwoord == null ? woord : lidwoord + " " + woord;
    }
}
