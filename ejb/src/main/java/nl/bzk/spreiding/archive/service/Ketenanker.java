package nl.bzk.spreiding.archive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive chain's head kept outside the database (issue 30): after every committed link a line "volgnummer hash
 * moment" is appended to {@code <spreiding.data.dir>/archiefketen/koppen.txt} (the folder every instance shares, as
 * for the signing key) and written to the log. Someone who can write to the database, and so delete the chain's tail
 * together with its audit line, cannot reach this file from there; the chain check compares the two. The head is also
 * in every pakbon of an export. A failure to write is logged and does not undo the archiving.
 */
@ApplicationScoped
public class Ketenanker {

    private static final Logger LOG = Logger.getLogger(Ketenanker.class.getName());

    /** A committed link, as the anchor records it. */
    public record Kop(long volgnummer, String hash, OffsetDateTime op) {}

    @Inject
    @ConfigProperty(name = "spreiding.data.dir", defaultValue = "./data")
    String dataMap;

    void vastgelegd(@Observes(during = TransactionPhase.AFTER_SUCCESS) Kop kop) {
        LOG.info(() -> "Archiefketen: schakel " + kop.volgnummer() + ", kophash " + kop.hash());
        Path bestand = bestand();
        try {
            Files.createDirectories(bestand.getParent());
            byte[] regel =
                    (kop.volgnummer() + " " + kop.hash() + " " + kop.op() + "\n").getBytes(StandardCharsets.UTF_8);
            // Appended under a file lock: instances sharing the folder write one whole line at a time.
            try (FileChannel kanaal = FileChannel.open(
                            bestand, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    FileLock slot = kanaal.lock()) {
                kanaal.write(ByteBuffer.wrap(regel));
                kanaal.force(true);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "Archiefketen: de kop van schakel " + kop.volgnummer() + " kon niet buiten de "
                            + "database worden vastgelegd in " + bestand,
                    e);
        }
    }

    /** The highest link the anchor recorded, or empty when it has none (a fresh install, or no file yet). */
    public Optional<Kop> hoogste() {
        Path bestand = bestand();
        if (!Files.isRegularFile(bestand)) {
            return Optional.empty();
        }
        try {
            List<String> regels = Files.readAllLines(bestand, StandardCharsets.UTF_8);
            Kop hoogste = null;
            for (String regel : regels) {
                String[] delen = regel.strip().split(" ");
                if (delen.length == 3) {
                    try {
                        Kop k = new Kop(Long.parseLong(delen[0]), delen[1], OffsetDateTime.parse(delen[2]));
                        if (hoogste == null || k.volgnummer() > hoogste.volgnummer()) {
                            hoogste = k;
                        }
                    } catch (RuntimeException e) {
                        // A torn or foreign line is skipped; the lines around it still count.
                    }
                }
            }
            return Optional.ofNullable(hoogste);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Archiefketen: het anker " + bestand + " is niet te lezen", e);
            return Optional.empty();
        }
    }

    Path bestand() {
        return Path.of(dataMap, "archiefketen", "koppen.txt");
    }
}
