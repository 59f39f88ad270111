package nl.bzk.spreiding.platform;

/**
 * One precise problem in user input: the row (1 = the first data row of a file or grid, null when not about
 * a row), the column or field, the value as given, and what is wrong, in Dutch.
 */
public record Bevinding(Integer rij, String kolom, String waarde, String melding) {

    /** What is echoed of a value; a hostile request cannot make the answer large. */
    static final int MAX_WAARDE = 200;

    public Bevinding {
        if (waarde != null && waarde.length() > MAX_WAARDE) {
            waarde = waarde.substring(0, MAX_WAARDE) + "…";
        }
        if (kolom != null && kolom.length() > MAX_WAARDE) {
            kolom = kolom.substring(0, MAX_WAARDE) + "…";
        }
    }

    public String tekst() {
        StringBuilder s = new StringBuilder();
        if (rij != null) {
            s.append("Rij ").append(rij).append(", ");
        }
        if (kolom != null) {
            s.append("kolom ").append(kolom).append(": ");
        }
        if (waarde != null && !waarde.isEmpty()) {
            s.append("'")
                    .append(waarde.length() > 40 ? waarde.substring(0, 40) + "…" : waarde)
                    .append("' ");
        }
        return s.append(melding).toString();
    }
}
