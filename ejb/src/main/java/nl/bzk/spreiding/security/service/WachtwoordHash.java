package nl.bzk.spreiding.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The one place where password hashes are made and checked (Jakarta Security's PBKDF2). The iteration count follows
 * the OWASP advice for PBKDF2-HMAC-SHA256. Stored hashes carry their own parameters, so raising these later keeps old
 * passwords working.
 */
@ApplicationScoped
public class WachtwoordHash {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    private Pbkdf2PasswordHash hasher;

    @PostConstruct
    void init() {
        // After this the hasher is only read: generate() draws from a SecureRandom, verify() reads the stored hash.
        hasher.initialize(PARAMETERS);
    }

    public String maak(String wachtwoord) {
        return hasher.generate(wachtwoord.toCharArray());
    }

    /** True when the password matches; false also for a hash in another format. */
    public boolean klopt(char[] wachtwoord, String hash) {
        try {
            return hash != null && hasher.verify(wachtwoord, hash);
        } catch (RuntimeException onleesbareHash) {
            return false;
        }
    }
}
