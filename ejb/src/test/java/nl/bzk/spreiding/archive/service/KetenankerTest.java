package nl.bzk.spreiding.archive.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain's head outside the database: appended line by line, the highest link read back (issue 30). */
class KetenankerTest {

    @TempDir
    Path map;

    @Test
    void deHoogsteVastgelegdeSchakelTeltOokNaEenAfgebrokenRegel() throws Exception {
        Ketenanker anker = new Ketenanker();
        anker.dataMap = map.toString();
        assertTrue(anker.hoogste().isEmpty(), "no file yet: nothing anchored");
        OffsetDateTime op = OffsetDateTime.parse("2026-12-07T16:00:00+01:00");
        anker.vastgelegd(new Ketenanker.Kop(1, "aa", op));
        anker.vastgelegd(new Ketenanker.Kop(2, "bb", op.plusMinutes(1)));
        // A line torn by a crash, and a line of another shape: skipped, the others still count.
        Files.writeString(anker.bestand(), "3 cc 2026-12\nonzin\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(
                new Ketenanker.Kop(2, "bb", op.plusMinutes(1)), anker.hoogste().orElseThrow());
        anker.vastgelegd(new Ketenanker.Kop(3, "cc", op.plusMinutes(2)));
        assertEquals(3, anker.hoogste().orElseThrow().volgnummer());
        assertEquals(5, Files.readAllLines(anker.bestand()).size());
    }
}
