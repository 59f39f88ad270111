package nl.bzk.spreiding.platform;

import java.util.Locale;

/**
 * A value people read by name: every enum a page, letter or e-mail shows implements this, so its Dutch label lives
 * next to the constant (one home per label) and pages print {@code opmaak.naam(x)} instead of the code.
 */
public interface Benoemd {

    /** The Dutch name as a heading or table cell shows it, with a capital: "In behandeling". */
    String getLabel();

    /** The name inside a sentence: "de casus staat nu op in behandeling". */
    default String inZin() {
        return getLabel().toLowerCase(Locale.ROOT);
    }
}
