package nl.bzk.spreiding.archive.ondertekening;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The signing key with its certificate chain (signing certificate first), the provider that holds the key (null:
 * the default; a PKCS#11 provider for an HSM), and the certificates that verification trusts as roots.
 */
public record Sleutelmateriaal(
        PrivateKey sleutel,
        List<X509Certificate> keten,
        Provider provider,
        List<X509Certificate> vertrouwd,
        String bron,
        Intrekkingsbron intrekking) {

    /** Revocation lists for the certificates of the chain, embedded for long-term validation when available. */
    @FunctionalInterface
    public interface Intrekkingsbron {
        List<byte[]> lijsten(List<X509Certificate> keten);
    }

    public Sleutelmateriaal metIntrekking(Intrekkingsbron bron) {
        return new Sleutelmateriaal(sleutel, keten, provider, vertrouwd, this.bron, bron);
    }

    public X509Certificate certificaat() {
        return keten.get(0);
    }
}
