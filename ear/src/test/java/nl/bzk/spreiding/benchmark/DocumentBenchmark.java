package nl.bzk.spreiding.benchmark;

import java.util.Locale;
import nl.bzk.spreiding.it.Api;

/**
 * Benchmark of document generation (docs/benchmarks.md) on the demo data: per document type the first request after
 * start (cold: classes, fonts, template compilation) and the mean of warm runs, each a full generation (snapshot from
 * the database, template, layout, PDF/A) returned as a preview; then the whole set (letter, two annexes, beslisnota)
 * generated and stored. Prints the figures; asserts nothing.
 */
public final class DocumentBenchmark {

    private static final String[] SOORTEN = {"KAMERBRIEF", "BIJLAGE_1_CIJFERS", "BIJLAGE_2_ACTIES", "BESLISNOTA"};
    private static final int WARM = Integer.getInteger("bench.herhalingen", 10);

    private DocumentBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = new BenchmarkServer()) {
            Api bzk = Api.als(server.basis, "bzk");
            for (String soort : SOORTEN) {
                double koud = voorbeeld(bzk, soort);
                double totaal = 0;
                for (int i = 0; i < WARM; i++) {
                    totaal += voorbeeld(bzk, soort);
                }
                System.out.printf(
                        Locale.ROOT,
                        "document %-18s cold %6.0f ms   warm %6.0f ms (mean of %d)%n",
                        soort,
                        koud,
                        totaal / WARM,
                        WARM);
            }
            double set = 0;
            for (int i = 0; i < WARM; i++) {
                long start = System.nanoTime();
                Api.Antwoord a = bzk.post(
                        "api/documenten/set", "{\"jaar\":2025,\"periode\":\"2025\",\"kenmerk\":\"BENCH-" + i + "\"}");
                if (a.status() != 200) {
                    throw new IllegalStateException("set: HTTP " + a.status() + " " + a.body());
                }
                set += (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(
                    Locale.ROOT,
                    "whole set (letter + 2 annexes + beslisnota), generated and stored: %6.0f ms (mean of %d)%n",
                    set / WARM,
                    WARM);
        }
    }

    private static double voorbeeld(Api bzk, String soort) {
        long start = System.nanoTime();
        var a = bzk.postVoorBestand(
                "api/documenten/voorbeeld",
                "{\"aanvraag\":{\"soort\":\"" + soort + "\",\"jaar\":2025,\"periode\":\"2025\"}}");
        if (a.statusCode() != 200) {
            throw new IllegalStateException(soort + ": HTTP " + a.statusCode());
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
