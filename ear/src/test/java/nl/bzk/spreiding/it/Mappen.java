package nl.bzk.spreiding.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Working folders of the integration tests under target/. */
final class Mappen {

    private Mappen() {}

    /** The folder and everything in it, if it is there. */
    static void verwijder(Path map) {
        if (!Files.exists(map)) {
            return;
        }
        try (var paden = Files.walk(map)) {
            paden.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
