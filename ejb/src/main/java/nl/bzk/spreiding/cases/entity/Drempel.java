package nl.bzk.spreiding.cases.entity;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import nl.bzk.spreiding.referentie.entity.Provincie;

/**
 * The 100-FTE rule: when a new service is set up or an existing one grows, shrinks or moves by 100 FTE or more,
 * the minister of BZK advises on the location. A relocation that stays in the same municipality of the same
 * province is no location choice and needs no advice, whatever its size.
 */
public final class Drempel {

    public static final BigDecimal FTE = new BigDecimal("100");

    private Drempel() {}

    public static boolean vanToepassing(
            CasusSoort soort, BigDecimal fte, Provincie van, String vanGemeente, Provincie naar, String naarGemeente) {
        if (soort == null || fte == null || fte.abs().compareTo(FTE) < 0) {
            return false;
        }
        if (soort == CasusSoort.VERPLAATSING
                && van != null
                && naar != null
                && van.getCode().equals(naar.getCode())
                && gemeente(vanGemeente).equals(gemeente(naarGemeente))
                && !gemeente(vanGemeente).isEmpty()) {
            return false;
        }
        return true;
    }

    private static String gemeente(String gemeente) {
        return Objects.toString(gemeente, "").strip().toLowerCase(Locale.ROOT);
    }
}
