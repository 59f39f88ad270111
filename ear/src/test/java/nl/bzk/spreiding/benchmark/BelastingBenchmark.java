package nl.bzk.spreiding.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.bzk.spreiding.archive.Pdfbom;
import nl.bzk.spreiding.it.Api;
import nl.bzk.spreiding.it.Bronadres;
import nl.bzk.spreiding.it.Inlogformulier;

/**
 * Mixed load with hostile uploads (issue 12, docs/benchmarks.md): 50 concurrent clients for a fixed time against one
 * server - 20 signed-in page sessions, 20 API clients, 3 ministries uploading their submission file in a loop, and
 * 7 clients sending decompression bombs, oversized bodies and wrong passwords. Counts every answer that is not the
 * expected one as an error, and samples the server's heap (jcmd GC.heap_info) once a second. Prints the figures;
 * asserts nothing.
 */
public final class BelastingBenchmark {

    private static final int SECONDEN = Integer.getInteger("bench.last.seconden", 60);
    private static final int JAAR = 2090;
    private static final Pattern GEBRUIKT = Pattern.compile("used (\\d+)K");

    private final Map<String, List<Long>> tijden = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> fouten = new ConcurrentHashMap<>();
    private final List<String> voorbeeldFouten = Collections.synchronizedList(new ArrayList<>());

    private BelastingBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchmarkServer server = new BenchmarkServer()) {
            new BelastingBenchmark().draai(server);
        }
    }

    private void draai(BenchmarkServer server) throws Exception {
        URL basis = server.basis;
        Api bzk = Api.als(basis, "bzk");
        LocalDate vandaag = LocalDate.now();
        Api.Antwoord ronde = bzk.post(
                "api/rondes",
                "{\"jaar\":" + JAAR + ",\"opening\":\"" + vandaag.minusDays(1) + "\",\"deadline\":\""
                        + vandaag.plusDays(30) + "\",\"prognosejaren\":5}");
        bzk.post(
                "api/rondes/" + JAAR + "/openen",
                "{\"versie\":" + ronde.object().getJsonNumber("versie").longValue() + "}");
        List<String[]> schrijvers =
                List.of(new String[] {"contact.jenv", "CJIB"}, new String[] {"contact.fin", "BD"}, new String[] {
                    "contact.def", "DEF-CLAS"
                });
        List<Long> ids = new ArrayList<>();
        List<byte[]> bestanden = new ArrayList<>();
        for (String[] s : schrijvers) {
            Api contact = Api.als(basis, s[0]);
            long id = contact.post("api/rondes/" + JAAR + "/aanlevering", "")
                    .object()
                    .getJsonNumber("id")
                    .longValue();
            ids.add(id);
            String kop = new String(
                            contact.download("api/aanleveringen/" + id + "/sjabloon.csv")
                                    .body(),
                            StandardCharsets.UTF_8)
                    .replace("\uFEFF", "")
                    .lines()
                    .findFirst()
                    .orElseThrow();
            bestanden.add(csv(kop, s[1]));
        }
        byte[] bom = bom();
        // Issue 30: the signed PDF with a Flate bomb on its page that cost 24 to 89 s of CPU in the PDF check.
        Api archivaris = Api.als(basis, "archivaris");
        long stuk = archivaris
                .get("api/archief?jaar=2025")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        byte[] pdfbom = Pdfbom.metBom(
                archivaris.download("api/archief/" + stuk + "/pdf").body(), 1_700_000);
        List<Api> paginas = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paginas.add(Inlogformulier.inloggen(basis, i % 2 == 0 ? "bzk" : "contact.jenv", "demo"));
        }
        System.out.printf(
                Locale.ROOT,
                "setup: round %d, 3 submissions, 20 page sessions; bomb %d kB (40 MB unpacked), PDF bomb %d kB%n",
                JAAR,
                bom.length / 1024,
                pdfbom.length / 1024);

        long einde = System.nanoTime() + SECONDEN * 1_000_000_000L;
        AtomicLong maxHeapKb = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(51);
        List<Future<?>> taken = new ArrayList<>();
        taken.add(pool.submit(() -> {
            while (System.nanoTime() < einde) {
                maxHeapKb.accumulateAndGet(heapKb(server.pid()), Math::max);
                slaap(1000);
            }
        }));
        String[] paginaPaden = {
            "index.xhtml", "cijfers/index.xhtml?jaar=2025", "actieplan/index.xhtml", "casussen/index.xhtml"
        };
        for (int i = 0; i < 20; i++) {
            Api pagina = paginas.get(i);
            int n = i;
            taken.add(pool.submit(() -> {
                for (int k = n; System.nanoTime() < einde; k++) {
                    String pad = paginaPaden[k % paginaPaden.length];
                    meet("pagina", () -> pagina.get(pad).status(), 200);
                }
            }));
        }
        String[] apiPaden = {
            "api/cijfers/2025", "api/aanleveringen", "api/mij", "api/actieplan/periodes", "api/casussen"
        };
        for (int i = 0; i < 20; i++) {
            Api api = Api.als(basis, "bzk");
            int n = i;
            taken.add(pool.submit(() -> {
                for (int k = n; System.nanoTime() < einde; k++) {
                    String pad = apiPaden[k % apiPaden.length];
                    meet("api", () -> api.get(pad).status(), 200);
                }
            }));
        }
        for (int i = 0; i < schrijvers.size(); i++) {
            Api contact = Api.als(basis, schrijvers.get(i)[0]);
            long id = ids.get(i);
            byte[] bestand = bestanden.get(i);
            taken.add(pool.submit(() -> {
                while (System.nanoTime() < einde) {
                    meet(
                            "upload",
                            () -> {
                                long versie = contact.get("api/aanleveringen/" + id)
                                        .object()
                                        .getJsonObject("aanlevering")
                                        .getJsonNumber("versie")
                                        .longValue();
                                return contact.putBytes(
                                                "api/aanleveringen/" + id + "/bestand?versie=" + versie
                                                        + "&naam=last.csv",
                                                "text/csv",
                                                bestand)
                                        .status();
                            },
                            200);
                }
            }));
        }
        for (int i = 0; i < 7; i++) {
            Api contact = Api.als(basis, schrijvers.get(i % 3)[0]);
            long id = ids.get(i % 3);
            int n = i;
            taken.add(pool.submit(() -> {
                for (int k = n; System.nanoTime() < einde; k++) {
                    switch (k % 5) {
                        // With the current version, so the bomb is really read (409 only when a writer was just before
                        // it).
                        case 0 ->
                            meet(
                                    "aanval:bom",
                                    () -> {
                                        long versie = contact.get("api/aanleveringen/" + id)
                                                .object()
                                                .getJsonObject("aanlevering")
                                                .getJsonNumber("versie")
                                                .longValue();
                                        return contact.putBytes(
                                                        "api/aanleveringen/" + id + "/bestand?versie=" + versie
                                                                + "&naam=bom.xlsx",
                                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                        bom)
                                                .status();
                                    },
                                    400,
                                    409);
                        // Announces 9 MB and sends the first bytes: the server must answer before reading the rest.
                        case 1 ->
                            meet(
                                    "aanval:groot",
                                    () -> Integer.parseInt(
                                            Bronadres.ruw(basis, groot(basis)).split(" ")[1]),
                                    413);
                        // The PDF check refuses the bomb before EU DSS reads it (503 when both places are taken).
                        case 3 ->
                            meet(
                                    "aanval:pdfbom",
                                    () -> archivaris
                                            .postBestand("api/archief/controle", "application/pdf", pdfbom)
                                            .status(),
                                    400,
                                    503);
                        // A NUL byte in the login name: counted under its hash, never a 500 from PostgreSQL.
                        case 4 ->
                            meet(
                                    "aanval:nul",
                                    () -> Bronadres.get(basis, "127.0.0.98", "api/mij", "admin\u0000" + n, "fout"),
                                    401,
                                    429);
                        // From another loopback address: the throttle blocks that address, not the other clients.
                        default ->
                            meet(
                                    "aanval:wachtwoord",
                                    () -> Bronadres.get(basis, "127.0.0.99", "api/mij", "bestaat.niet." + n, "fout"),
                                    401,
                                    429);
                    }
                }
            }));
        }
        for (Future<?> t : taken) {
            t.get();
        }
        pool.shutdown();

        long totaal = 0;
        long foutTotaal = 0;
        System.out.printf(
                Locale.ROOT, "%-18s %8s %7s %8s %8s %8s%n", "kind", "requests", "errors", "p50 ms", "p95 ms", "p99 ms");
        for (String soort : new TreeSet<>(tijden.keySet())) {
            List<Long> t = new ArrayList<>(tijden.get(soort));
            Collections.sort(t);
            long f = fouten.getOrDefault(soort, new AtomicLong()).get();
            totaal += t.size();
            foutTotaal += f;
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %8d %7d %8.0f %8.0f %8.0f%n",
                    soort,
                    t.size(),
                    f,
                    pct(t, 50),
                    pct(t, 95),
                    pct(t, 99));
        }
        System.out.printf(
                Locale.ROOT,
                "total: %d requests in %d s (%.1f/s) by 50 clients, %d errors; max heap used %d MB (-Xmx %s)%n",
                totaal,
                SECONDEN,
                totaal / (double) SECONDEN,
                foutTotaal,
                maxHeapKb.get() / 1024,
                System.getProperty("bench.xmx", "1g"));
        // Every kind of error once, with how often it happened (a 403 for a signed-in page is Payara issue 6145).
        new TreeMap<>(voorbeeldFouten.stream().collect(Collectors.groupingBy(f -> f, Collectors.counting())))
                .forEach((f, n) -> System.out.println("error: " + f + " (" + n + "x)"));
    }

    private interface Verzoek {
        int status() throws Exception;
    }

    private void meet(String soort, Verzoek verzoek, int... verwacht) {
        long begin = System.nanoTime();
        String fout = null;
        try {
            int status = verzoek.status();
            if (Arrays.stream(verwacht).noneMatch(v -> v == status)) {
                fout = soort + ": status " + status;
            }
        } catch (Exception | AssertionError e) {
            fout = soort + ": " + e;
        }
        tijden.computeIfAbsent(soort, k -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - begin) / 1_000_000);
        if (fout != null) {
            fouten.computeIfAbsent(soort, k -> new AtomicLong()).incrementAndGet();
            voorbeeldFouten.add(fout);
        }
    }

    /** Used heap of the server in kB, from jcmd (the JDK's own tool, no agent in the server). */
    private static long heapKb(long pid) {
        try {
            Process p = new ProcessBuilder(
                            new File(System.getProperty("java.home"), "bin/jcmd").getPath(),
                            String.valueOf(pid),
                            "GC.heap_info")
                    .redirectErrorStream(true)
                    .start();
            String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = GEBRUIKT.matcher(uit);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static byte[] csv(String kop, String onderdeel) {
        String[] provincies = {
            "PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31"
        };
        List<String> kolommen = List.of(kop.split(";"));
        StringBuilder csv = new StringBuilder(kop).append('\n');
        for (String provincie : provincies) {
            List<String> cellen = new ArrayList<>();
            for (String k : kolommen) {
                cellen.add(
                        switch (k) {
                            case "onderdeel" -> onderdeel;
                            case "provincie" -> provincie;
                            case "toelichting" -> "belasting";
                            case "naam", "provincienaam", "gemeente" -> "";
                            default -> "10";
                        });
            }
            csv.append(String.join(";", cellen)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An XLSX whose sheet unpacks to 40 MB of white space (a few tens of kB packed). */
    private static byte[] bom() throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaties = new byte[1024 * 1024];
            Arrays.fill(spaties, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaties);
            }
            zip.closeEntry();
        }
        return uit.toByteArray();
    }

    private static byte[] groot(URL basis) {
        return ("POST " + basis.getPath() + "api/referentie/onderdelen HTTP/1.1\r\nHost: localhost:" + basis.getPort()
                        + "\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + 9 * 1024 * 1024
                        + "\r\nConnection: close\r\n\r\n"
                        + "{\"code\":\"" + "x".repeat(4000))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static double pct(List<Long> gesorteerd, int p) {
        return gesorteerd.isEmpty()
                ? 0
                : gesorteerd.get(Math.min(gesorteerd.size() - 1, (int) Math.ceil(p / 100.0 * gesorteerd.size()) - 1));
    }

    private static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
