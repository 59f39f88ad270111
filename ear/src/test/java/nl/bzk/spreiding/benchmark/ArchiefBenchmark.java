package nl.bzk.spreiding.benchmark;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bzk.spreiding.it.Api;

/**
 * Benchmark of finalising (docs/benchmarks.md): concept documents (Bijlage 2 of the demo year, a few pages) are
 * generated first, untimed; then signed and archived through the API one after the other and with four clients at
 * once (documents per second), and each archived document verified (ms per verification report). Prints figures;
 * asserts nothing.
 */
public final class ArchiefBenchmark {

    private static final int AANTAL = Integer.getInteger("bench.documenten", 40);

    private ArchiefBenchmark() {}

    public static void main(String[] args) throws Exception {
        // The archive's own signing path, measured without a letter dossier around it: a document is finalised on its
        // own only where the route is not required (as in the integration suite's server).
        try (BenchmarkServer server = new BenchmarkServer("-Dspreiding.route.verplicht=false")) {
            Api bzk = Api.als(server.basis, "bzk");
            List<JsonObject> concepten = new ArrayList<>();
            for (int i = 0; i < 2 * AANTAL; i++) {
                Api.Antwoord a = bzk.post(
                        "api/documenten",
                        "{\"soort\":\"BIJLAGE_2_ACTIES\",\"jaar\":2025,\"periode\":\"2025\",\"kenmerk\":\"BENCH-" + i
                                + "\"}");
                if (a.status() != 201) {
                    throw new IllegalStateException("concept: HTTP " + a.status() + " " + a.body());
                }
                concepten.add(a.object());
            }
            List<Long> archief = new ArrayList<>();
            long start = System.nanoTime();
            for (JsonObject c : concepten.subList(0, AANTAL)) {
                archief.add(stelVast(bzk, c));
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "sign and archive, 1 client:  %d documents in %.1f s = %.1f documents/s%n",
                    AANTAL,
                    s,
                    AANTAL / s);

            ExecutorService pool = Executors.newFixedThreadPool(4);
            start = System.nanoTime();
            List<Future<Long>> klaar = new ArrayList<>();
            for (JsonObject c : concepten.subList(AANTAL, 2 * AANTAL)) {
                klaar.add(pool.submit(() -> stelVast(Api.als(server.basis, "bzk"), c)));
            }
            for (Future<Long> f : klaar) {
                archief.add(f.get());
            }
            s = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            System.out.printf(
                    Locale.ROOT,
                    "sign and archive, 4 clients: %d documents in %.1f s = %.1f documents/s%n",
                    AANTAL,
                    s,
                    AANTAL / s);

            Api archivaris = Api.als(server.basis, "archivaris");
            start = System.nanoTime();
            for (long id : archief) {
                Api.Antwoord a = archivaris.get("api/archief/" + id + "/verificatie");
                if (a.status() != 200 || !a.object().getBoolean("geldig")) {
                    throw new IllegalStateException("verificatie " + id + ": " + a.body());
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "verification report: %.0f ms per document (mean of %d)%n",
                    (System.nanoTime() - start) / 1e6 / archief.size(),
                    archief.size());
        }
    }

    private static long stelVast(Api bzk, JsonObject concept) {
        Api.Antwoord a = bzk.post(
                "api/archief",
                "{\"documentId\":" + concept.getJsonNumber("id") + ",\"versieSlot\":"
                        + concept.getJsonNumber("versieSlot") + "}");
        if (a.status() != 201) {
            throw new IllegalStateException("vaststellen: HTTP " + a.status() + " " + a.body());
        }
        return a.object().getJsonNumber("id").longValue();
    }
}
