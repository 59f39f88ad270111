package nl.bzk.spreiding.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator wrk (Debian package {@code wrk}), run by the load benchmark: a small C program on epoll, so the
 * server under test keeps nearly both cores of the machine they share (a Java client with 50 connections took a good
 * part of them). Its Lua scripts (test resources {@code benchmark/}) count every answer other than 200 as an error,
 * keep the cookies of signed-in sessions and print one line of figures, which {@link #meet} reads.
 */
final class Wrk {

    private static final Pattern UITKOMST = Pattern.compile(
            "uitkomst: requests=(\\d+) seconds=([\\d.]+) errors=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+)"
                    + " max=([\\d.]+)");

    /** What one run measured: latencies in milliseconds. */
    record Uitkomst(long verzoeken, double seconden, long fouten, double p50, double p95, double p99, double max) {
        double perSeconde() {
            return verzoeken / seconden;
        }
    }

    private final Path programma;
    private final Path map;

    private Wrk(Path programma, Path map) {
        this.programma = programma;
        this.map = map;
    }

    /** wrk at {@code bench.wrk} (default /usr/bin/wrk) with its scripts in {@code map}; empty when not installed. */
    static Optional<Wrk> gevonden(Path map) {
        Path programma = Path.of(System.getProperty("bench.wrk", "/usr/bin/wrk"));
        if (!Files.isExecutable(programma)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(map);
            for (String script : List.of("uitkomst.lua", "api.lua", "sessies.lua")) {
                try (InputStream in = Wrk.class.getResourceAsStream("/benchmark/" + script)) {
                    Files.write(map.resolve(script), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Wrk(programma, map));
    }

    /** API clients: {@code verbindingen} connections on two threads, each with the same Basic credentials. */
    Uitkomst api(String adres, String authorization, int verbindingen, int seconden) throws IOException {
        return meet(
                List.of(
                        "-t2",
                        "-c" + verbindingen,
                        "-d" + seconden + "s",
                        "--timeout",
                        "10s",
                        "-s",
                        "api.lua",
                        "-H",
                        "Authorization: " + authorization,
                        adres),
                seconden);
    }

    /** Signed-in page sessions: one connection and thread per session, with its cookies (one line per session). */
    Uitkomst sessies(String adres, List<String> cookies, int seconden) throws IOException {
        Files.write(map.resolve("sessies.txt"), cookies, StandardCharsets.UTF_8);
        int n = cookies.size();
        return meet(
                List.of("-t" + n, "-c" + n, "-d" + seconden + "s", "--timeout", "10s", "-s", "sessies.lua", adres),
                seconden);
    }

    private Uitkomst meet(List<String> argumenten, int seconden) throws IOException {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(programma.toString());
        opdracht.addAll(argumenten);
        Process p = new ProcessBuilder(opdracht)
                .directory(map.toFile())
                .redirectErrorStream(true)
                .start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(seconden + 60L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wrk stopte niet: " + uit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Matcher m = UITKOMST.matcher(uit);
        if (p.exitValue() != 0 || !m.find()) {
            throw new IllegalStateException("wrk gaf geen uitkomst (exit " + p.exitValue() + "): " + uit);
        }
        return new Uitkomst(
                Long.parseLong(m.group(1)),
                Double.parseDouble(m.group(2)),
                Long.parseLong(m.group(3)),
                Double.parseDouble(m.group(4)),
                Double.parseDouble(m.group(5)),
                Double.parseDouble(m.group(6)),
                Double.parseDouble(m.group(7)));
    }

    static String regel(String wat, int clients, Uitkomst u) {
        return String.format(
                Locale.ROOT,
                "load (wrk) %-28s %3d clients: %7d requests in %.0f s = %7.1f/s, p50 %6.1f ms, p95 %6.1f ms,"
                        + " p99 %6.1f ms, max %6.1f ms, %d errors",
                wat,
                clients,
                u.verzoeken(),
                u.seconden(),
                u.perSeconde(),
                u.p50(),
                u.p95(),
                u.p99(),
                u.max(),
                u.fouten());
    }
}
