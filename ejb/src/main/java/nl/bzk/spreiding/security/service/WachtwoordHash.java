package nl.bzk.spreiding.security.service;

import java.util.Map;

/**
 * PBKDF2 settings for new password hashes. The iteration count follows the OWASP advice for
 * PBKDF2-HMAC-SHA256. Stored hashes carry their own parameters, so raising these later keeps old
 * passwords working.
 */
public final class WachtwoordHash {

    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private WachtwoordHash() {
    }
}
