package nl.bzk.spreiding.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.service.Kaartgeometrie;
import nl.bzk.spreiding.documents.service.Momentopname;
import nl.bzk.spreiding.documents.service.StandaardSjablonen;

/**
 * The rendering path alone (template, layout, tagging, PDF/A; no database, no server), for the four shipped templates
 * with the real province outlines: warm-up, then {@code bench.herhalingen} sets, and the mean per document and per
 * set. The snapshot is read from {@code bench.momentopname} (JSON as stored with a document), so the same data can be
 * rendered by another version of the code for comparison (docs/benchmarks.md). Prints figures; asserts nothing.
 */
public final class OpmaakBenchmark {

    private OpmaakBenchmark() {}

    public static void main(String[] args) throws Exception {
        int herhalingen = Integer.getInteger("bench.herhalingen", 100);
        Map<String, Object> gegevens =
                Momentopname.voorSjabloon(Files.readString(Path.of(System.getProperty("bench.momentopname"))));
        var geometrie = Kaartgeometrie.ingebouwd();
        OffsetDateTime moment = OffsetDateTime.parse("2025-06-20T10:00:00+02:00");
        for (int i = 0; i < 20; i++) {
            for (Documentsoort s : Documentsoort.values()) {
                Documentopmaak.maak(StandaardSjablonen.standaardTekst(s), gegevens, geometrie, moment);
            }
        }
        double set = 0;
        double[] per = new double[Documentsoort.values().length];
        for (int i = 0; i < herhalingen; i++) {
            for (Documentsoort s : Documentsoort.values()) {
                long start = System.nanoTime();
                Documentopmaak.maak(StandaardSjablonen.standaardTekst(s), gegevens, geometrie, moment);
                double ms = (System.nanoTime() - start) / 1e6;
                per[s.ordinal()] += ms;
                set += ms;
            }
        }
        for (Documentsoort s : Documentsoort.values()) {
            System.out.printf(
                    Locale.ROOT,
                    "render %-18s %6.1f ms (mean of %d)%n",
                    s,
                    per[s.ordinal()] / herhalingen,
                    herhalingen);
        }
        System.out.printf(
                Locale.ROOT, "render set of four       %6.1f ms (mean of %d)%n", set / herhalingen, herhalingen);
    }
}
