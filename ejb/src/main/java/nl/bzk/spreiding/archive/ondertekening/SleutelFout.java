package nl.bzk.spreiding.archive.ondertekening;

/** Key material that cannot be used; the message says which setting to fix. Thrown at start-up, so nothing runs half. */
public class SleutelFout extends RuntimeException {

    public SleutelFout(String melding, Throwable oorzaak) {
        super(melding, oorzaak);
    }

    public SleutelFout(String melding) {
        super(melding);
    }
}
