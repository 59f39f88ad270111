package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built application in a Payara Micro of its own, for tests that need settings the shared Arquillian server cannot
 * have (the packaged defaults, OpenID Connect): a fresh working folder under target/, the server's boot files, and a
 * wait until it is ready.
 */
final class Serverproces {

    final Path werk;
    final int poort;
    private final Process proces;
    private String log = "";

    private Serverproces(Path werk, int poort, Process proces) {
        this.werk = werk;
        this.poort = poort;
        this.proces = proces;
    }

    /**
     * @param jvm   system properties and other JVM options
     * @param micro extra Payara Micro options (e.g. --sslport)
     * @param env   environment variables (secrets)
     */
    static Serverproces start(String naam, List<String> jvm, List<String> micro, Map<String, String> env)
            throws Exception {
        Serverproces server = begin(naam, jvm, micro, env);
        server.wachtTotGereed();
        return server;
    }

    /**
     * Starts the server without waiting for it ({@link #wachtTotGereed}), so several can start at once. With
     * {@code --clustername} among the Micro options it joins that data grid; otherwise it runs with
     * {@code --nocluster}.
     */
    static Serverproces begin(String naam, List<String> jvm, List<String> micro, Map<String, String> env)
            throws Exception {
        return begin(naam, jvm, micro, env, vrijePoort());
    }

    /** As {@link #begin(String, List, List, Map)}, on a port chosen beforehand (when a setting must name it). */
    static Serverproces begin(String naam, List<String> jvm, List<String> micro, Map<String, String> env, int poort)
            throws Exception {
        GedeeldeMicro.stopIndienActief();
        Path werk = Path.of("target", naam).toAbsolutePath();
        Mappen.verwijder(werk);
        Files.createDirectories(werk);
        List<String> cmd =
                new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(), "-Xmx512m"));
        cmd.addAll(jvm);
        cmd.addAll(List.of(
                "-jar",
                System.getProperty("payara.micro.jar"),
                "--port",
                String.valueOf(poort),
                "--contextroot",
                "spreiding",
                "--prebootcommandfile",
                System.getProperty("preboot.asadmin"),
                "--postbootcommandfile",
                System.getProperty("postboot.asadmin"),
                "--rootDir",
                werk.resolve("micro").toString()));
        cmd.addAll(micro);
        if (!micro.contains("--clustername")) {
            cmd.add("--nocluster");
        }
        cmd.addAll(List.of("--deploy", System.getProperty("spreiding.war")));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(werk.toFile())
                .redirectErrorStream(true)
                .redirectOutput(werk.resolve("server.log").toFile());
        pb.environment().putAll(env);
        return new Serverproces(werk, poort, pb.start());
    }

    void wachtTotGereed() throws Exception {
        long tot = System.nanoTime() + 240_000_000_000L;
        while (!log.contains(" ready in ") && System.nanoTime() < tot && proces.isAlive()) {
            Thread.sleep(1000);
            log = logNu();
        }
        assertTrue(
                log.contains(" ready in "), "server niet gestart: " + log.substring(Math.max(0, log.length() - 3000)));
    }

    /** Everything the server has logged so far. */
    String logNu() throws IOException {
        return Files.readString(werk.resolve("server.log"), StandardCharsets.UTF_8);
    }

    boolean isLevend() {
        return proces.isAlive();
    }

    /** The instance loses its life at once (SIGKILL): no shutdown, no goodbye to the data grid. */
    void dood() throws InterruptedException {
        proces.destroyForcibly();
        proces.waitFor();
    }

    /** What the server logged up to the moment it was ready. */
    String log() {
        return log;
    }

    void stop() throws InterruptedException {
        if (proces.isAlive()) {
            proces.destroy();
            proces.waitFor();
        }
    }

    static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
