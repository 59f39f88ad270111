package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Server from its Maven Central distribution (unpacked by the build into {@code payara.server.dir}), driven
 * the way an operator would: {@code asadmin create-domain}, the PostgreSQL driver in the domain's lib, the domain
 * settings of {@code payara-server.asadmin}, the database settings as domain configuration with the password as an
 * alias, and {@code asadmin deploy} of the EAR (docs/deployment.md). The domain lives under target/, outside the
 * unpacked distribution.
 */
final class PayaraServer {

    static final String DOMEIN = "spreiding";

    private final Path asadmin;
    private final Path domeinen;
    final int beheerpoort;
    final int httpPoort;
    // measured for docs/deployment.md (ms): create-domain, start-domain, settings and restart, deploy
    long aanmaakMs;
    long startMs;
    long instellenMs;
    long uitrolMs;

    private PayaraServer(Path asadmin, Path domeinen, int basis) {
        this.asadmin = asadmin;
        this.domeinen = domeinen;
        this.beheerpoort = basis + 48;
        this.httpPoort = basis + 80;
    }

    /** Whether the build unpacked the distribution (the PostgreSQL pass does; see ear/pom.xml). */
    static boolean beschikbaar() {
        String map = System.getProperty("payara.server.dir", "");
        return !map.isBlank() && Files.isRegularFile(Path.of(map, "payara6", "bin", "asadmin"));
    }

    /**
     * A new domain, started, with the given domain settings applied in one asadmin session each.
     *
     * @param instellingen asadmin commands, one per line (domain configuration of this environment)
     */
    static PayaraServer start(Path werk, List<String> instellingen) throws Exception {
        GedeeldeMicro.stopIndienActief();
        Path asadmin = Path.of(System.getProperty("payara.server.dir"), "payara6", "bin", "asadmin");
        Mappen.verwijder(werk);
        Path domeinen = Files.createDirectories(werk.resolve("domains"));
        PayaraServer server = new PayaraServer(asadmin, domeinen, vrijePoortbasis());

        long t0 = System.nanoTime();
        server.asadmin(
                "--interactive=false",
                "create-domain",
                "--nopassword=true",
                "--portbase",
                String.valueOf(server.beheerpoort - 48),
                "--domaindir",
                domeinen.toString(),
                DOMEIN);
        Files.copy(
                Path.of(System.getProperty("postgresql.jar")),
                domeinen.resolve(DOMEIN).resolve("lib").resolve("postgresql.jar"));
        long t1 = System.nanoTime();
        server.asadmin("start-domain", "--domaindir", domeinen.toString(), DOMEIN);
        long t2 = System.nanoTime();
        Path opdrachten = werk.resolve("instellingen.asadmin");
        List<String> alle = new ArrayList<>(Files.readAllLines(Path.of(System.getProperty("payara.server.asadmin"))));
        alle.addAll(instellingen);
        Files.write(opdrachten, alle, StandardCharsets.UTF_8);
        server.beheer("multimode", "--file", opdrachten.toString());
        long t3 = System.nanoTime();
        server.aanmaakMs = (t1 - t0) / 1_000_000;
        server.startMs = (t2 - t1) / 1_000_000;
        server.instellenMs = (t3 - t2) / 1_000_000;
        return server;
    }

    /**
     * Restart after the settings: a listener changed on a running domain restarts by itself and leaves the health
     * endpoint without web container until the next start (seen on 6.2025.10).
     */
    void herstart() throws Exception {
        long t0 = System.nanoTime();
        asadmin("restart-domain", "--domaindir", domeinen.toString(), DOMEIN);
        instellenMs += (System.nanoTime() - t0) / 1_000_000;
    }

    /** A password alias in the domain's store (the secret never appears in domain.xml). */
    void wachtwoordalias(String naam, String wachtwoord, Path werk) throws Exception {
        Path bestand = werk.resolve("alias.txt");
        Files.writeString(bestand, "AS_ADMIN_ALIASPASSWORD=" + wachtwoord + "\n", StandardCharsets.UTF_8);
        try {
            beheer("--passwordfile", bestand.toString(), "create-password-alias", naam);
        } finally {
            Files.delete(bestand);
        }
    }

    void rolUit(Path ear) throws Exception {
        long t0 = System.nanoTime();
        beheer("deploy", "--name", DOMEIN, ear.toString());
        uitrolMs = (System.nanoTime() - t0) / 1_000_000;
    }

    String log() throws IOException {
        Path log = domeinen.resolve(DOMEIN).resolve("logs").resolve("server.log");
        return Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    void stop() throws Exception {
        asadmin("stop-domain", "--domaindir", domeinen.toString(), DOMEIN);
    }

    /** A remote command against the running domain's admin port. */
    String beheer(String... opdracht) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("--port", String.valueOf(beheerpoort)));
        cmd.addAll(List.of(opdracht));
        return asadmin(cmd.toArray(String[]::new));
    }

    private String asadmin(String... argumenten) throws Exception {
        // through sh: an unpacked zip need not keep the script's execute bit
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", asadmin.toString()));
        cmd.addAll(List.of(argumenten));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // The server runs on the JDK that runs the tests.
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process p = pb.start();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        assertEquals(
                0,
                p.exitValue(),
                "asadmin " + String.join(" ", argumenten) + " mislukt:\n" + uitvoer + "\n" + logstaart());
        return uitvoer;
    }

    private String logstaart() {
        try {
            String log = log();
            return log.substring(Math.max(0, log.length() - 6000));
        } catch (IOException e) {
            return "";
        }
    }

    /** A base whose admin (base+48), HTTP (+80) and HTTPS (+81) ports are free. */
    private static int vrijePoortbasis() throws IOException {
        for (int basis = 28000; basis < 40000; basis += 100) {
            if (vrij(basis + 48)
                    && vrij(basis + 80)
                    && vrij(basis + 81)
                    && vrij(basis + 37)
                    && vrij(basis + 76)
                    && vrij(basis + 86)
                    && vrij(basis + 66)
                    && vrij(basis + 38)
                    && vrij(basis + 39)) {
                return basis;
            }
        }
        throw new IOException("geen vrije poorten voor Payara Server");
    }

    private static boolean vrij(int poort) {
        try (ServerSocket s = new ServerSocket(poort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
