package nl.bzk.spreiding.platform;

/** Free-text cells: length limits, and no content a spreadsheet would run as a formula when the data is exported again. */
public final class Tekst {

    private Tekst() {}

    /** The Dutch reason the text is refused, or null when it is fine. */
    public static String fout(String tekst, int maximum) {
        if (tekst == null || tekst.isEmpty()) {
            return null;
        }
        if (tekst.length() > maximum) {
            return "is te lang (" + tekst.length() + " tekens, maximaal " + maximum + ")";
        }
        char eerste = tekst.charAt(0);
        if (eerste == '=' || eerste == '+' || eerste == '-' || eerste == '@' || eerste == '\t' || eerste == '\r') {
            return "begint met '" + (eerste == '\t' ? "tab" : eerste == '\r' ? "CR" : String.valueOf(eerste))
                    + "' en zou in een spreadsheet als formule worden uitgevoerd; dat is niet toegestaan";
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isISOControl(c) && c != '\n') {
                return "bevat een onzichtbaar stuurteken (positie " + (i + 1) + ")";
            }
        }
        return null;
    }
}
