package nl.bzk.spreiding.security.service;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password policy (docs/security.md): 12 to 128 characters, not one of the 30.000 most common passwords (the list
 * that ships with zxcvbn4j), and not containing the login name. Long passphrases beat composition rules (NIST SP 800-63B);
 * the upper bound keeps the PBKDF2 input small.
 */
public final class Wachtwoordbeleid {

    public static final int MINIMALE_LENGTE = 12;
    public static final int MAXIMALE_LENGTE = 128;

    private static final Set<String> VEELGEBRUIKT = laad();

    private Wachtwoordbeleid() {}

    /** Empty when the password is acceptable; otherwise the Dutch reason. */
    public static Optional<String> fout(String wachtwoord, String gebruikersnaam) {
        if (wachtwoord == null || wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMALE_LENGTE) {
            return Optional.of("Het wachtwoord moet minstens " + MINIMALE_LENGTE + " tekens hebben");
        }
        if (wachtwoord.length() > MAXIMALE_LENGTE) {
            return Optional.of("Het wachtwoord mag hoogstens " + MAXIMALE_LENGTE + " tekens hebben");
        }
        String klein = wachtwoord.toLowerCase(Locale.ROOT);
        if (VEELGEBRUIKT.contains(klein) || VEELGEBRUIKT.contains(klein.replaceAll("[0-9!?.]+$", ""))) {
            return Optional.of("Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden; kies een ander");
        }
        if (gebruikersnaam != null
                && gebruikersnaam.length() >= 3
                && klein.contains(gebruikersnaam.toLowerCase(Locale.ROOT))) {
            return Optional.of("Het wachtwoord mag de gebruikersnaam niet bevatten");
        }
        return Optional.empty();
    }

    private static Set<String> laad() {
        try {
            return Set.copyOf(StandardDictionaries.PASSWORDS_LOADER
                    .load()
                    .getRankedDictionary()
                    .keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("Lijst van veelgebruikte wachtwoorden niet leesbaar", e);
        }
    }
}
