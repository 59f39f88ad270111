package nl.bzk.spreiding.platform;

/** Optimistic locking for edits that travel through a page or an API client and come back later. */
public final class Versie {

    private Versie() {}

    /**
     * The client sends the version it read; if someone saved in between, the edit is refused
     * instead of silently overwriting the other person's work.
     */
    public static void controleer(String wat, long gelezen, long actueel) {
        if (gelezen != actueel) {
            throw Fout.conflict(
                    wat + " is intussen door iemand anders gewijzigd (versie " + gelezen + " gelezen, nu versie "
                            + actueel + "). Laad de gegevens opnieuw en voer uw wijziging nogmaals uit.");
        }
    }
}
