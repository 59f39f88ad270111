package nl.bzk.spreiding.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user must see: it carries a Dutch message and rolls the transaction back,
 * so that nothing of a refused change is stored.
 */
@ApplicationException(rollback = true)
public class Fout extends RuntimeException {

    public enum Soort { ONGELDIG, NIET_GEVONDEN, GEEN_TOEGANG, CONFLICT }

    private final Soort soort;

    public Fout(Soort soort, String melding) {
        super(melding);
        this.soort = soort;
    }

    public Soort getSoort() {
        return soort;
    }

    public static Fout nietGevonden(String melding) {
        return new Fout(Soort.NIET_GEVONDEN, melding);
    }

    public static Fout geenToegang(String melding) {
        return new Fout(Soort.GEEN_TOEGANG, melding);
    }

    public static Fout conflict(String melding) {
        return new Fout(Soort.CONFLICT, melding);
    }

    public static Fout ongeldig(String melding) {
        return new Fout(Soort.ONGELDIG, melding);
    }
}
