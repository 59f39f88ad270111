package nl.bzk.spreiding.submission.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;

/** A file chosen in a page's upload field, as the import services take it. */
record Gekozenbestand(String naam, String mediaType, byte[] inhoud) {

    /**
     * The chosen file, read up to one byte over the import bound (enough for the service to say it is too large), or
     * null when none was chosen.
     */
    static Gekozenbestand van(Part bestand) throws IOException {
        if (bestand == null || bestand.getSize() == 0) {
            return null;
        }
        try (InputStream in = bestand.getInputStream()) {
            return new Gekozenbestand(
                    bestand.getSubmittedFileName(),
                    bestand.getContentType(),
                    in.readNBytes(Bestandsinlezer.MAX_BYTES + 1));
        }
    }
}
