package nl.bzk.spreiding.platform;

/**
 * The one rule for text a person sends, in three parts (issue 30):
 *
 * <ul>
 *   <li><b>single line</b> ({@link #regelFout}, {@link Regeltekst}): names, titles, codes, function names, passwords.
 *       Every C0 and C1 control character (line breaks and tabs included), U+FFFE, U+FFFF and a lone surrogate are
 *       refused: such a text reaches mail headers, the paraaf block and the audit trail, where "Eve\r\nBcc: ..." must
 *       not start a new line;
 *   <li><b>multi-line</b> ({@link #alineaFout}, {@link Vrijetekst}): comments, descriptions, advice. Line feed and
 *       tab are allowed; a CR LF, a lone CR and a vertical tab are line breaks that {@link #alinea} turns into a line
 *       feed before storing; anything else is refused;
 *   <li><b>spreadsheet formula</b> ({@link #formuleFout}): only where a text reaches a spreadsheet (the cells of a
 *       submission file), a text starting with = + - @ tab or CR is refused; elsewhere "- zie bijlage" is fine.
 * </ul>
 *
 * Each method returns the Dutch reason a text is refused, or null when it is fine; an empty or absent text is fine.
 */
public final class Tekst {

    private Tekst() {}

    /** The reason a single-line text is refused, or null. */
    public static String regelFout(String tekst, int maximum) {
        return fout(tekst, maximum, false);
    }

    /** The reason a multi-line text is refused, or null; CR and vertical tab count as the line breaks they become. */
    public static String alineaFout(String tekst, int maximum) {
        return fout(alinea(tekst), maximum, true);
    }

    /** A multi-line text with every line break as a line feed: CR LF, a lone CR and a vertical tab become LF. */
    public static String alinea(String tekst) {
        if (tekst == null || (tekst.indexOf('\r') < 0 && tekst.indexOf('\u000b') < 0)) {
            return tekst;
        }
        return tekst.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n');
    }

    /** The reason a text that reaches a spreadsheet is refused because a spreadsheet would run it, or null. */
    public static String formuleFout(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        char eerste = tekst.charAt(0);
        if (eerste == '=' || eerste == '+' || eerste == '-' || eerste == '@' || eerste == '\t' || eerste == '\r') {
            return "begint met '" + (eerste == '\t' ? "tab" : eerste == '\r' ? "CR" : String.valueOf(eerste))
                    + "' en zou in een spreadsheet als formule worden uitgevoerd; dat is niet toegestaan";
        }
        return null;
    }

    /** A cell of a submission file: multi-line, and no formula. */
    public static String celFout(String tekst, int maximum) {
        String formule = formuleFout(tekst);
        return formule != null ? formule : alineaFout(tekst, maximum);
    }

    private static String fout(String tekst, int maximum, boolean meerdereRegels) {
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        if (tekst.length() > maximum) {
            return "is te lang (" + tekst.length() + " tekens, maximaal " + maximum + ")";
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < tekst.length()
                    && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                i++;
                continue;
            }
            if (meerdereRegels && (c == '\n' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c)) {
                return c == '\n' || c == '\r'
                        ? "moet op één regel staan (een regeleinde op positie " + (i + 1) + ")"
                        : "bevat een onzichtbaar stuurteken (positie " + (i + 1) + ")";
            }
            if (c == '\uFFFE' || c == '\uFFFF' || Character.isSurrogate(c)) {
                return "bevat een ongeldig teken (positie " + (i + 1) + ")";
            }
        }
        return null;
    }
}
