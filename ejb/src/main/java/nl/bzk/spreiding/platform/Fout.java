package nl.bzk.spreiding.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user must see: it carries a Dutch message and rolls the transaction back,
 * so that nothing of a refused change is stored.
 */
@ApplicationException(rollback = true)
public class Fout extends RuntimeException {

    /** STORING: something failed inside Spreiding or a service it uses (signing, time-stamps); the cause is logged. */
    public enum Soort {
        ONGELDIG,
        NIET_GEVONDEN,
        GEEN_TOEGANG,
        CONFLICT,
        /** Busy: too many of this kind of work at once; try again after {@link #getWachtSeconden()}. */
        BEZET,
        /** Throttled: too many failed attempts; try again after {@link #getWachtSeconden()}. */
        TE_VAAK,
        STORING
    }

    /** Where in a text the user sent the problem is (a template line and column); kept apart from the message. */
    public record Plaats(Integer regel, Integer kolom) {}

    private final Soort soort;
    private final Plaats plaats;
    private int wachtSeconden;

    public Fout(Soort soort, String melding) {
        this(soort, melding, null, null);
    }

    protected Fout(Soort soort, String melding, Plaats plaats, Throwable oorzaak) {
        super(melding, oorzaak);
        this.soort = soort;
        this.plaats = plaats;
    }

    public Soort getSoort() {
        return soort;
    }

    /** The place in the user's text, or null when the problem is not about one place. */
    public Plaats getPlaats() {
        return plaats;
    }

    /** A failure, not a refusal: the message says what the user can do, the cause goes to the log with a reference. */
    public static Fout storing(String melding, Throwable oorzaak) {
        return new Fout(Soort.STORING, melding, null, oorzaak);
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

    /** 503 with Retry-After: the work is bounded and all its places are taken; nothing was done. */
    public static Fout bezet(String melding, int wachtSeconden) {
        Fout f = new Fout(Soort.BEZET, melding);
        f.wachtSeconden = wachtSeconden;
        return f;
    }

    /** 429 with Retry-After: too many failed attempts under this name or from this address; nothing was done. */
    public static Fout teVaak(String melding, int wachtSeconden) {
        Fout f = new Fout(Soort.TE_VAAK, melding);
        f.wachtSeconden = wachtSeconden;
        return f;
    }

    /** For {@link Soort#BEZET} and {@link Soort#TE_VAAK}: after how many seconds a new try makes sense. */
    public int getWachtSeconden() {
        return wachtSeconden;
    }

    public static Fout ongeldig(String melding) {
        return new Fout(Soort.ONGELDIG, melding);
    }
}
