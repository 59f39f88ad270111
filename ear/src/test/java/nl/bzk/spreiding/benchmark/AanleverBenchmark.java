package nl.bzk.spreiding.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.bzk.spreiding.it.Api;
import nl.bzk.spreiding.it.Inlogformulier;
import nl.bzk.spreiding.platform.Nederlands;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Benchmark of the submission import (docs/benchmarks.md): starts Payara Micro with the application on its own
 * H2 file database (or the database given with -Dbench.db.*), creates 400 organisation units for one ministry,
 * imports a submission of 400 units x 13 provinces with FTE and 5 prognosis years (6 figures per row) as CSV and
 * as XLSX, and then runs a bounded load of concurrent imports and reads. Prints the figures; asserts nothing.
 */
public final class AanleverBenchmark {

    private static final int ONDERDELEN = Integer.getInteger("bench.onderdelen", 400);
    private static final int HERHALINGEN = Integer.getInteger("bench.herhalingen", 3);
    private static final int LAST_SECONDEN = Integer.getInteger("bench.last.seconden", 30);
    private static final String[] PROVINCIES = {
        "PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31", "NTD"
    };

    private AanleverBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = new BenchmarkServer()) {
            draai(server.basis);
        }
    }

    private static void draai(URL basis) throws Exception {
        Api admin = Api.als(basis, "admin");
        Api bzk = Api.als(basis, "bzk");
        long t0 = System.nanoTime();
        for (int i = 0; i < ONDERDELEN; i++) {
            Api.Antwoord a = admin.post(
                    "api/referentie/onderdelen",
                    "{\"code\":\"BENCH-" + i + "\",\"naam\":\"Benchmarkdienst " + i
                            + "\",\"ministerie\":\"JENV\",\"sector\":\"MINISTERIES\"}");
            if (a.status() != 201) {
                throw new IllegalStateException("Onderdeel aanmaken mislukt: " + a.body());
            }
        }
        System.out.printf(Locale.ROOT, "setup: %d organisation units created in %.1f s%n", ONDERDELEN, sec(t0));

        int jaar = 2090;
        opRonde(bzk, jaar);
        Api jenv = Api.als(basis, "contact.jenv");
        long id = Long.parseLong(jenv.post("api/rondes/" + jaar + "/aanlevering", "")
                .object()
                .get("id")
                .toString());
        byte[] csv = csv(jaar, 0);
        byte[] xlsx = xlsx(jaar);
        int rijen = ONDERDELEN * PROVINCIES.length;
        System.out.printf(
                Locale.ROOT,
                "submission: %d rows x 6 figures (fte + 5 prognosis years); CSV %d kB, XLSX %d kB%n",
                rijen,
                csv.length / 1024,
                xlsx.length / 1024);
        for (String soort : new String[] {"csv", "xlsx"}) {
            for (int i = 1; i <= HERHALINGEN; i++) {
                long versie = versie(jenv, id);
                long start = System.nanoTime();
                Api.Antwoord a = jenv.putBytes(
                        "api/aanleveringen/" + id + "/bestand?versie=" + versie + "&naam=bench." + soort,
                        soort.equals("csv")
                                ? "text/csv"
                                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        soort.equals("csv") ? csv : xlsx);
                double s = sec(start);
                if (a.status() != 200) {
                    throw new IllegalStateException("Import mislukt: "
                            + a.body().substring(0, Math.min(500, a.body().length())));
                }
                System.out.printf(
                        Locale.ROOT, "import %-4s run %d: %7.0f ms  %8.0f rows/s%n", soort, i, s * 1000, rijen / s);
            }
        }
        long start = System.nanoTime();
        int status = jenv.download("api/aanleveringen/" + id + "/sjabloon.xlsx").statusCode();
        System.out.printf(
                Locale.ROOT, "template xlsx (%d rows): %.0f ms (HTTP %d)%n", rijen, sec(start) * 1000, status);

        grid(basis, jaar, rijen);
        last(basis, jaar + 1);
    }

    /**
     * The contact's page of that submission: the grid shows 100 of the rows (paging), the totals count all of them.
     * Prints the time of each full page request (render of the grid, totals and comparison) and its size.
     */
    private static void grid(URL basis, int jaar, int rijen) {
        Api pagina = Inlogformulier.inloggen(basis, "contact.jenv", "demo");
        for (int i = 1; i <= HERHALINGEN + 2; i++) {
            long start = System.nanoTime();
            Api.Antwoord a = pagina.get("ministerie/aanlevering.xhtml?jaar=" + jaar);
            double s = sec(start);
            if (a.status() != 200 || !a.body().contains("van " + Nederlands.geheel(rijen))) {
                throw new IllegalStateException("Rasterpagina mislukt: HTTP " + a.status());
            }
            System.out.printf(
                    Locale.ROOT,
                    "grid page (100 of %d rows shown) run %d: %5.0f ms, %d kB%n",
                    rijen,
                    i,
                    s * 1000,
                    a.body().length() / 1024);
        }
    }

    /** Concurrent imports by three ministries (one writer each) while BZK reads the queue and details. */
    private static void last(URL basis, int jaar) throws Exception {
        Api bzk = Api.als(basis, "bzk");
        opRonde(bzk, jaar);
        String[][] ministeries = {{"contact.jenv", "CJIB"}, {"contact.fin", "BD"}, {"contact.def", "DEF-CLAS"}};
        AtomicInteger verzoeken = new AtomicInteger();
        AtomicInteger fouten = new AtomicInteger();
        AtomicLong rijen = new AtomicLong();
        long einde = System.nanoTime() + LAST_SECONDEN * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(ministeries.length + 3);
        List<Future<?>> taken = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (String[] m : ministeries) {
            Api contact = Api.als(basis, m[0]);
            long id = Long.parseLong(contact.post("api/rondes/" + jaar + "/aanlevering", "")
                    .object()
                    .get("id")
                    .toString());
            ids.add(id);
            byte[] bestand = eenOnderdeelCsv(jaar, m[1], 500);
            taken.add(pool.submit(() -> {
                while (System.nanoTime() < einde) {
                    Api.Antwoord a = veilig(() -> contact.putBytes(
                            "api/aanleveringen/" + id + "/bestand?versie=" + versie(contact, id) + "&naam=last.csv",
                            "text/csv",
                            bestand));
                    verzoeken.incrementAndGet();
                    if (a != null && a.status() == 200) {
                        rijen.addAndGet(500);
                    } else {
                        fouten.incrementAndGet();
                    }
                }
            }));
        }
        for (int r = 0; r < 3; r++) {
            taken.add(pool.submit(() -> {
                Api lezer = Api.als(basis, "bzk");
                int i = 0;
                while (System.nanoTime() < einde) {
                    String pad = i++ % 2 == 0
                            ? "api/aanleveringen?jaar=" + jaar
                            : "api/aanleveringen/" + ids.get(i % ids.size());
                    Api.Antwoord a = veilig(() -> lezer.get(pad));
                    verzoeken.incrementAndGet();
                    if (a == null || a.status() != 200) {
                        fouten.incrementAndGet();
                    }
                }
            }));
        }
        try {
            for (Future<?> taak : taken) {
                taak.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                Locale.ROOT,
                "load: %d s, %d threads (3 importing 500-row files, 3 reading): %d requests, %d errors, "
                        + "%.1f requests/s, %.0f imported rows/s%n",
                LAST_SECONDEN,
                ministeries.length + 3,
                verzoeken.get(),
                fouten.get(),
                verzoeken.get() / (double) LAST_SECONDEN,
                rijen.get() / (double) LAST_SECONDEN);
    }

    /** A failed request counts as an error in the load figures; the first one is printed to explain them. */
    private static Api.Antwoord veilig(Supplier<Api.Antwoord> verzoek) {
        try {
            Api.Antwoord a = verzoek.get();
            if (a.status() >= 400
                    && EERSTE_FOUT.compareAndSet(
                            null,
                            a.status() + " " + a.response().request().method() + " "
                                    + a.response().uri().getPath() + " " + a.body())) {
                System.out.println("first error: "
                        + EERSTE_FOUT
                                .get()
                                .substring(0, Math.min(300, EERSTE_FOUT.get().length())));
            }
            return a;
        } catch (RuntimeException e) {
            if (EERSTE_FOUT.compareAndSet(null, e.toString())) {
                System.out.println("first error: " + e);
            }
            return null;
        }
    }

    private static final AtomicReference<String> EERSTE_FOUT = new AtomicReference<>();

    private static void opRonde(Api bzk, int jaar) {
        Api.Antwoord ronde = bzk.post(
                "api/rondes",
                "{\"jaar\":" + jaar + ",\"opening\":\"" + LocalDate.now().minusDays(1) + "\",\"deadline\":\""
                        + LocalDate.now().plusDays(30) + "\",\"prognosejaren\":5}");
        bzk.post(
                "api/rondes/" + jaar + "/openen",
                "{\"versie\":" + ronde.object().getJsonNumber("versie").longValue() + "}");
    }

    private static long versie(Api contact, long id) {
        return contact.get("api/aanleveringen/" + id)
                .object()
                .getJsonObject("aanlevering")
                .getJsonNumber("versie")
                .longValue();
    }

    private static String kop(int jaar) {
        StringBuilder kop = new StringBuilder("onderdeel;provincie;fte");
        for (int i = 1; i <= 5; i++) {
            kop.append(";prognose_").append(jaar + i);
        }
        return kop.append('\n').toString();
    }

    private static String getal(int i, int p, int j) {
        return BigDecimal.valueOf(50 + (i * 31 + p * 7 + j) % 90, 0)
                .add(BigDecimal.valueOf((i + p) % 100, 2))
                .toPlainString()
                .replace('.', ',');
    }

    private static byte[] csv(int jaar, int verschuiving) {
        StringBuilder s = new StringBuilder(kop(jaar));
        for (int i = 0; i < ONDERDELEN; i++) {
            for (int p = 0; p < PROVINCIES.length; p++) {
                s.append("BENCH-").append(i).append(';').append(PROVINCIES[p]);
                for (int j = 0; j < 6; j++) {
                    s.append(';').append(getal(i + verschuiving, p, j));
                }
                s.append('\n');
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] eenOnderdeelCsv(int jaar, String onderdeel, int rijen) {
        StringBuilder s = new StringBuilder("onderdeel;provincie;gemeente;fte");
        for (int i = 1; i <= 5; i++) {
            s.append(";prognose_").append(jaar + i);
        }
        s.append('\n');
        for (int r = 0; r < rijen; r++) {
            s.append(onderdeel)
                    .append(';')
                    .append(PROVINCIES[r % PROVINCIES.length])
                    .append(";Gemeente ")
                    .append(r);
            for (int j = 0; j < 6; j++) {
                s.append(";1,5");
            }
            s.append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(int jaar) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Workbook werkboek = new Workbook(uit, "benchmark", "1.0");
        Worksheet blad = werkboek.newWorksheet("Aanlevering");
        String[] kop = kop(jaar).strip().split(";");
        for (int k = 0; k < kop.length; k++) {
            blad.value(0, k, kop[k]);
        }
        int r = 1;
        for (int i = 0; i < ONDERDELEN; i++) {
            for (int p = 0; p < PROVINCIES.length; p++) {
                blad.value(r, 0, "BENCH-" + i);
                blad.value(r, 1, PROVINCIES[p]);
                for (int j = 0; j < 6; j++) {
                    blad.value(r, 2 + j, new BigDecimal(getal(i, p, j).replace(',', '.')));
                }
                r++;
            }
        }
        werkboek.finish();
        return uit.toByteArray();
    }

    private static double sec(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
