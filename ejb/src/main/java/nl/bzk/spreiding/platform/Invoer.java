package nl.bzk.spreiding.platform;

import java.util.Locale;

/** How optional text fields, query parameters and codes from users are read, the same everywhere. */
public final class Invoer {

    private Invoer() {}

    /** An optional field: trimmed, or null when nothing (or only spaces) was given. */
    public static String ingevuld(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    /** Text to print: trimmed, or "" when there is none. */
    public static String ofLeeg(String tekst) {
        return tekst == null ? "" : tekst.strip();
    }

    /** An optional code as users type it ("def ", "pv21"): trimmed and upper case, or null when not given. */
    public static String code(String tekst) {
        String t = ingevuld(tekst);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
