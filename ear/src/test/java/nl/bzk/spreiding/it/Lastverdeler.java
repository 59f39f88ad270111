package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in front of the instances, as docs/deployment.md configures it: sticky by a cookie of its own
 * ({@value #COOKIE}), the instances' health checked on {@code /health} every second, and a request for an instance
 * that is gone sent to another ({@code option redispatch}, retries).
 */
final class Lastverdeler implements AutoCloseable {

    static final String HAPROXY = "/usr/sbin/haproxy";
    static final String COOKIE = "SPREIDING_INSTANTIE";

    final int poort;
    private final Process proces;

    private Lastverdeler(int poort, Process proces) {
        this.poort = poort;
        this.proces = proces;
    }

    static boolean beschikbaar() {
        return Files.isExecutable(Path.of(HAPROXY));
    }

    /** @param instanties name (the cookie's value) to HTTP port */
    static Lastverdeler start(Path werk, Map<String, Integer> instanties) throws Exception {
        int poort = Serverproces.vrijePoort();
        String servers = instanties.entrySet().stream()
                .map(e -> "    server " + e.getKey() + " 127.0.0.1:" + e.getValue() + " check cookie " + e.getKey())
                .collect(Collectors.joining("\n"));
        Path config = werk.resolve("haproxy.cfg");
        Files.createDirectories(werk);
        Files.writeString(config, """
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    retries 3
                    option redispatch
                frontend spreiding
                    bind 127.0.0.1:%d
                    default_backend micro
                backend micro
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /health
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s
                """.formatted(poort, COOKIE, servers), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(HAPROXY, "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(werk.resolve("haproxy.log").toFile())
                .start();
        long tot = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < tot && !luistert(poort)) {
            Thread.sleep(100);
        }
        assertTrue(luistert(poort), "HAProxy luistert niet: " + Files.readString(werk.resolve("haproxy.log")));
        return new Lastverdeler(poort, p);
    }

    private static boolean luistert(int poort) {
        try (Socket s = new Socket("127.0.0.1", poort)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        proces.destroy();
        proces.waitFor();
    }
}
