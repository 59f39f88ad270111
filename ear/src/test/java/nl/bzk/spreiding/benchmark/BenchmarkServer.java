package nl.bzk.spreiding.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.bzk.spreiding.it.Api;

/** Payara Micro with the application on a database of the benchmark's own, started and stopped by the benchmark. */
final class BenchmarkServer implements AutoCloseable {

    final Path werk;
    final URL basis;
    final String dbUrl;
    final String dbUser;
    final String dbPassword;
    private final Process proces;

    /** @param instellingen settings of the application for this benchmark ("-Dspreiding.…=…") */
    BenchmarkServer(String... instellingen) throws IOException, InterruptedException {
        werk = Path.of(System.getProperty("bench.work", "target/benchmark"));
        verwijder(werk);
        Files.createDirectories(werk);
        int poort = Integer.getInteger("bench.port", 18181);
        dbUrl = System.getProperty(
                "bench.db.url",
                "jdbc:h2:file:" + werk.toAbsolutePath() + "/db/spreiding;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
        dbUser = System.getProperty("bench.db.user", "sa");
        dbPassword = System.getProperty("bench.db.password", "sa");
        List<String> cmd = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx" + System.getProperty("bench.xmx", "1g"),
                "-Dspreiding.demo.enabled=true",
                "-Dspreiding.db.url=" + dbUrl,
                "-Dspreiding.db.user=" + dbUser,
                "-Dspreiding.db.password=" + dbPassword,
                "-Dspreiding.db.datasource-class="
                        + System.getProperty("bench.db.datasource", "org.h2.jdbcx.JdbcDataSource")));
        cmd.addAll(List.of(instellingen));
        // Extra options for the server's JVM, e.g. a flight recording to profile it (docs/benchmarks.md).
        String jvm = System.getProperty("bench.jvm", "");
        if (!jvm.isBlank()) {
            cmd.addAll(List.of(jvm.strip().split("\\s+")));
        }
        cmd.addAll(List.of(
                "-jar",
                System.getProperty("payara.micro.jar"),
                "--nocluster",
                "--port",
                String.valueOf(poort),
                "--contextroot",
                "spreiding",
                "--rootDir",
                werk.resolve("micro").toString(),
                "--prebootcommandfile",
                System.getProperty("preboot.asadmin", "target/runtime/preboot.asadmin"),
                "--postbootcommandfile",
                System.getProperty("postboot.asadmin", "target/runtime/postboot.asadmin"),
                "--addLibs",
                System.getProperty("postgresql.jar"),
                "--deploy",
                System.getProperty("spreiding.war")));
        proces = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(werk.resolve("server.log").toFile())
                .start();
        basis = URI.create("http://localhost:" + poort + "/spreiding/").toURL();
        wachtTotGereed();
    }

    private void wachtTotGereed() throws InterruptedException {
        long tot = System.nanoTime() + 240_000_000_000L;
        while (System.nanoTime() < tot) {
            try {
                if (Api.anoniem(basis).get("/health/ready").status() == 200) {
                    return;
                }
            } catch (IllegalStateException nogNiet) {
                // server not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Server niet gereed binnen 240 s; zie " + werk.resolve("server.log"));
    }

    /** The server's process id, to read its heap (jcmd). */
    long pid() {
        return proces.pid();
    }

    @Override
    public void close() throws InterruptedException {
        proces.destroy();
        proces.waitFor();
    }

    private static void verwijder(Path pad) throws IOException {
        if (Files.exists(pad)) {
            try (var paden = Files.walk(pad)) {
                for (Path p : paden.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
