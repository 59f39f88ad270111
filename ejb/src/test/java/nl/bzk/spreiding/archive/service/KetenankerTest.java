package nl.bzk.spreiding.archive.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.archive.ProefTsa;
import nl.bzk.spreiding.archive.ondertekening.Tijdstempelaar;
import nl.bzk.spreiding.platform.Tijd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain's head outside the database: appended line by line, the highest link read back (issue 30). */
class KetenankerTest {

    @TempDir
    Path map;

    @Test
    void deHoogsteVastgelegdeSchakelTeltOokNaEenAfgebrokenRegel() throws Exception {
        Ketenanker anker = zonderTijdstempeldienst();
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

    private static Ketenanker zonderTijdstempeldienst() {
        return new Ketenanker() {
            @Override
            Tijdstempelaar tijdstempelaar() {
                return null;
            }
        };
    }

    /**
     * With a time-stamp service each anchored head gets an RFC 3161 token over exactly its line (issue 30, finding 7):
     * the check reads its time and refuses a token that belongs to another line.
     */
    @Test
    void eenTijdstempelDektPreciesDeVastgelegdeKop() throws Exception {
        try (ProefTsa tsa = new ProefTsa(Duration.ofDays(1))) {
            Ketenanker anker = new Ketenanker() {
                @Override
                Tijdstempelaar tijdstempelaar() {
                    return new Tijdstempelaar(tsa.adres());
                }
            };
            anker.dataMap = map.toString();
            OffsetDateTime op = OffsetDateTime.parse("2026-12-07T16:00:00+01:00");
            Ketenanker.Kop een = new Ketenanker.Kop(1, "aa", op);
            Ketenanker.Kop twee = new Ketenanker.Kop(2, "bb", op.plusMinutes(1));
            anker.vastgelegd(een);
            anker.vastgelegd(twee);
            Ketenanker.Stempel stempel = anker.stempel(twee, Tijd.ZONE).orElseThrow();
            assertTrue(stempel.klopt());
            assertTrue(
                    Math.abs(Duration.between(stempel.op(), OffsetDateTime.now())
                                    .toMinutes())
                            < 5,
                    stempel.toString());
            // Someone who rewrites the anchor (another hash for link 2) cannot make the stamp fit.
            assertFalse(anker.stempel(new Ketenanker.Kop(2, "cc", op.plusMinutes(1)), Tijd.ZONE)
                    .orElseThrow()
                    .klopt());
            // Nor by copying another link's stamp.
            Files.copy(anker.stempelbestand(1), anker.stempelbestand(2), StandardCopyOption.REPLACE_EXISTING);
            assertFalse(anker.stempel(twee, Tijd.ZONE).orElseThrow().klopt());
            assertTrue(
                    anker.stempel(new Ketenanker.Kop(3, "dd", op), Tijd.ZONE).isEmpty(), "no stamp, nothing claimed");
        }
    }
}
