package nl.bzk.spreiding.archive.ondertekening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Opens the signing key: a PKCS#12 file or a PKCS#11 token (HSM). Every failure becomes a {@link SleutelFout} that
 * names the setting, because it happens at start-up where an administrator reads the log.
 */
public final class Sleutelopslag {

    private Sleutelopslag() {}

    public static Sleutelmateriaal pkcs12(
            Path bestand, char[] wachtwoord, String alias, List<X509Certificate> vertrouwd) {
        if (bestand == null || !Files.isRegularFile(bestand)) {
            throw new SleutelFout(
                    "Sleutelbestand niet gevonden: " + (bestand == null ? "(leeg)" : bestand.toAbsolutePath())
                            + " (spreiding.ondertekening.pkcs12.pad)");
        }
        if (wachtwoord == null || wachtwoord.length == 0) {
            throw new SleutelFout(
                    "Geen wachtwoord voor het sleutelbestand " + bestand.toAbsolutePath()
                            + " (spreiding.ondertekening.pkcs12.wachtwoord, bij voorkeur als omgevingsvariabele SPREIDING_ONDERTEKENING_PKCS12_WACHTWOORD)");
        }
        try (InputStream in = Files.newInputStream(bestand)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, wachtwoord);
            return uit(ks, wachtwoord, alias, null, vertrouwd, "PKCS#12 " + bestand.toAbsolutePath());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password")) {
                throw new SleutelFout(
                        "Onjuist wachtwoord voor het sleutelbestand " + bestand.toAbsolutePath()
                                + " (spreiding.ondertekening.pkcs12.wachtwoord)",
                        e);
            }
            throw new SleutelFout(
                    "Sleutelbestand " + bestand.toAbsolutePath() + " is niet te lezen als PKCS#12: " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            throw new SleutelFout(
                    "Sleutelbestand " + bestand.toAbsolutePath() + " is niet te gebruiken: " + e.getMessage(), e);
        }
    }

    /** A PKCS#11 token through the JDK's SunPKCS11 provider, configured with its own configuration file. */
    public static Sleutelmateriaal pkcs11(
            Path configuratie, char[] pin, String alias, List<X509Certificate> vertrouwd) {
        if (configuratie == null || !Files.isRegularFile(configuratie)) {
            throw new SleutelFout("PKCS#11-configuratie niet gevonden: " + configuratie
                    + " (spreiding.ondertekening.pkcs11.configuratie)");
        }
        try {
            Provider basis = Security.getProvider("SunPKCS11");
            if (basis == null) {
                throw new SleutelFout("Deze Java-installatie heeft geen SunPKCS11-provider");
            }
            Provider provider = basis.configure(configuratie.toString());
            KeyStore ks = KeyStore.getInstance("PKCS11", provider);
            ks.load(null, pin);
            return uit(ks, pin, alias, provider, vertrouwd, "PKCS#11 " + provider.getName());
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            throw new SleutelFout(
                    "PKCS#11-token niet te openen met " + configuratie + ": " + e.getMessage()
                            + " (controleer spreiding.ondertekening.pkcs11.pin en de configuratie)",
                    e);
        }
    }

    private static Sleutelmateriaal uit(
            KeyStore ks,
            char[] wachtwoord,
            String alias,
            Provider provider,
            List<X509Certificate> vertrouwd,
            String bron)
            throws GeneralSecurityException {
        String gekozen = alias;
        if (gekozen == null || gekozen.isBlank()) {
            gekozen = Collections.list(ks.aliases()).stream()
                    .filter(a -> isSleutel(ks, a))
                    .findFirst()
                    .orElseThrow(() -> new SleutelFout(bron + " bevat geen privésleutel"));
        }
        Key key;
        try {
            key = ks.getKey(gekozen, wachtwoord);
        } catch (UnrecoverableKeyException e) {
            throw new SleutelFout("Onjuist wachtwoord voor de sleutel '" + gekozen + "' in " + bron, e);
        }
        if (!(key instanceof PrivateKey privé)) {
            throw new SleutelFout(
                    bron + " heeft onder alias '" + gekozen + "' geen privésleutel (spreiding.ondertekening.alias)");
        }
        Certificate[] keten = ks.getCertificateChain(gekozen);
        if (keten == null || keten.length == 0) {
            throw new SleutelFout(bron + " heeft bij alias '" + gekozen + "' geen certificaat");
        }
        List<X509Certificate> certificaten = new ArrayList<>();
        for (Certificate c : keten) {
            certificaten.add((X509Certificate) c);
        }
        List<X509Certificate> wortels = new ArrayList<>(vertrouwd);
        if (wortels.isEmpty()) {
            // Without a configured trust store the top of the chain is the root that verification trusts.
            wortels.add(certificaten.get(certificaten.size() - 1));
        }
        return new Sleutelmateriaal(
                privé,
                List.copyOf(certificaten),
                provider,
                List.copyOf(wortels),
                bron,
                Intrekkingslijsten::uitVerdeelpunten);
    }

    private static boolean isSleutel(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
