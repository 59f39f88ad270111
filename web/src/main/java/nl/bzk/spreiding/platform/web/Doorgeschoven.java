package nl.bzk.spreiding.platform.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirmations that must survive the redirect after a successful POST, kept in the session until the next page is
 * rendered ({@link DoorgeschovenMeldingen}). Instead of the Faces flash: its cookie is sealed with a key each instance
 * makes at start, so after a move to another instance (docs/deployment.md) the flash could not be read and the action
 * failed; the session goes with the user.
 */
@SessionScoped
public class Doorgeschoven implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<String> meldingen = new ArrayList<>();

    synchronized void bewaar(String tekst) {
        meldingen.add(tekst);
    }

    /** What was kept, once. */
    synchronized List<String> neem() {
        List<String> uit = List.copyOf(meldingen);
        meldingen.clear();
        return uit;
    }
}
