package nl.bzk.spreiding.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from a trusted proxy, and read from the right (issue 30, finding 6). */
class ClientadresTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5", "10.0.0.6");

    @Test
    void zonderVertrouwdeProxyTeltHetAdresVanDeVerbinding() {
        assertEquals("127.0.0.9", Clientadres.van("127.0.0.9", List.of("203.0.113.7"), Set.of()));
        assertEquals("127.0.0.9", Clientadres.van("127.0.0.9", List.of("203.0.113.7"), PROXY), "not from a proxy");
    }

    @Test
    void achterDeProxyTeltHetLaatsteAdresDatGeenProxyToevoegde() {
        assertEquals("203.0.113.7", Clientadres.van("10.0.0.5", List.of("203.0.113.7"), PROXY));
        // A client that writes its own header: its own entries are to the left of what the proxies appended.
        assertEquals("198.51.100.2", Clientadres.van("10.0.0.5", List.of("1.2.3.4, 198.51.100.2", "10.0.0.6"), PROXY));
        assertEquals("10.0.0.5", Clientadres.van("10.0.0.5", List.of(), PROXY), "no header: the proxy itself");
        assertEquals("10.0.0.5", Clientadres.van("10.0.0.5", List.of("geen adres"), PROXY), "garbage: the proxy");
        assertEquals("2001:db8::1", Clientadres.van("10.0.0.5", List.of("2001:db8::1"), PROXY));
    }
}
