package nl.bzk.spreiding.security.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful HTTP Basic login for a minute since its last use, so an API client making many calls does not
 * pay the PBKDF2 cost (210 000 iterations) on every request. The key is a SHA-256 of the credentials with a random
 * per-process secret, so the cache holds no password; a wrong password never matches and is always checked
 * against the store. A hit is only used while the user's session key (password, active flag, roles, session
 * generation) is unchanged, which the caller checks on every request: a deactivated account, changed password or
 * changed roles take effect at once.
 *
 * <p>Because every hit is confirmed that way, a confirmed hit extends the login ({@link #bevestigd}): an active client
 * never falls back to PBKDF2. With a fixed minute, all concurrent calls of a busy client missed together when it
 * ended and each paid PBKDF2 at once: 50 clients stalled the server for a second or more every minute (the load
 * benchmark's p99, docs/benchmarks.md).
 */
final class BasicCache {

    static final long GELDIGHEID_MS = 60_000;
    private static final long VERLENGEN_NA_MS = 5_000;
    private static final int MAXIMUM = 10_000;

    record Login(String naam, Set<String> groepen, String sessiesleutel, boolean wachtwoordTijdelijk, long tot) {
        Login verlengd(long totNieuw) {
            return new Login(naam, groepen, sessiesleutel, wachtwoordTijdelijk, totNieuw);
        }
    }

    private final byte[] geheim = new byte[32];
    private final Map<String, Login> logins = new ConcurrentHashMap<>();

    BasicCache() {
        new SecureRandom().nextBytes(geheim);
    }

    Login zoek(String gebruikersnaam, String wachtwoord, long nu) {
        Login login = logins.get(sleutel(gebruikersnaam, wachtwoord));
        return login != null && login.tot() > nu ? login : null;
    }

    void bewaar(
            String gebruikersnaam,
            String wachtwoord,
            String naam,
            Set<String> groepen,
            String sessiesleutel,
            boolean tijdelijk,
            long nu) {
        if (logins.size() >= MAXIMUM) {
            logins.clear();
        }
        logins.put(
                sleutel(gebruikersnaam, wachtwoord),
                new Login(naam, Set.copyOf(groepen), sessiesleutel, tijdelijk, nu + GELDIGHEID_MS));
    }

    /** The session key of a hit was confirmed: the login stays for another minute from now. */
    void bevestigd(String gebruikersnaam, String wachtwoord, Login login, long nu) {
        // Written at most every few seconds per login, not on every request.
        if (login.tot() - nu < GELDIGHEID_MS - VERLENGEN_NA_MS) {
            logins.replace(sleutel(gebruikersnaam, wachtwoord), login, login.verlengd(nu + GELDIGHEID_MS));
        }
    }

    void vergeet(String gebruikersnaam, String wachtwoord) {
        logins.remove(sleutel(gebruikersnaam, wachtwoord));
    }

    private String sleutel(String gebruikersnaam, String wachtwoord) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(geheim);
            sha.update(gebruikersnaam.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(wachtwoord.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
