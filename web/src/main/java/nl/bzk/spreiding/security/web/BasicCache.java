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
 * Remembers a successful HTTP Basic login for a minute, so an API client making many calls does not pay the
 * PBKDF2 cost (210 000 iterations) on every request. The key is a SHA-256 of the credentials with a random
 * per-process secret, so the cache holds no password; a wrong password never matches and is always checked
 * against the store. A hit is only used while the user's session key (password, active flag, session generation) is
 * unchanged, which the caller checks on every request: a deactivated account or changed password takes effect at once.
 */
final class BasicCache {

    static final long GELDIGHEID_MS = 60_000;
    private static final int MAXIMUM = 10_000;

    record Login(String naam, Set<String> groepen, String sessiesleutel, boolean wachtwoordTijdelijk, long tot) {}

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
