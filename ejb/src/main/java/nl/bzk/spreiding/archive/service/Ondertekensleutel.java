package nl.bzk.spreiding.archive.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.bzk.spreiding.archive.ondertekening.OntwikkelSleutels;
import nl.bzk.spreiding.archive.ondertekening.SleutelFout;
import nl.bzk.spreiding.archive.ondertekening.Sleutelmateriaal;
import nl.bzk.spreiding.archive.ondertekening.Sleutelopslag;
import nl.bzk.spreiding.archive.ondertekening.Tijdstempelaar;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signing key, opened once at start-up. A missing file, a wrong password or an unreadable token stops the
 * application with a message that names the setting (docs/archive.md), instead of failing at the first signature.
 */
@Singleton
@Startup
// under the start-up lock (Opstartslot): with several instances one writes the development key, the others read it
@DependsOn("Migraties")
@Lock(LockType.READ)
public class Ondertekensleutel {

    private static final Logger LOG = Logger.getLogger(Ondertekensleutel.class.getName());

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.sleutelopslag", defaultValue = "ontwikkeling")
    private String soort;

    @Inject
    @ConfigProperty(name = "spreiding.data.dir", defaultValue = "./data")
    private String dataMap;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.pkcs12.pad")
    private Optional<String> pkcs12Pad;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.pkcs12.wachtwoord")
    private Optional<String> pkcs12Wachtwoord;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.pkcs11.configuratie")
    private Optional<String> pkcs11Configuratie;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.pkcs11.pin")
    private Optional<String> pkcs11Pin;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.alias")
    private Optional<String> alias;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.vertrouwd")
    private Optional<String> vertrouwdBestand;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.tsa")
    private Optional<String> tsa;

    private Sleutelmateriaal sleutel;
    private Tijdstempelaar tijdstempelaar;

    /** Roots of the time-stamp service's certificates (PEM), trusted when signatures and time-stamps are verified. */
    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.tsa.vertrouwd")
    private Optional<String> tsaVertrouwdBestand;

    private List<X509Certificate> tsaVertrouwd = List.of();

    @PostConstruct
    void open() {
        try {
            List<X509Certificate> vertrouwd = geconfigureerdeWortels();
            sleutel = switch (soort.strip().toLowerCase(Locale.ROOT)) {
                case "ontwikkeling" -> OntwikkelSleutels.laadOfMaak(Path.of(dataMap, "ondertekening"));
                case "pkcs12" ->
                    Sleutelopslag.pkcs12(
                            pkcs12Pad.map(Path::of).orElse(null),
                            pkcs12Wachtwoord.map(String::toCharArray).orElse(null),
                            alias.orElse(null),
                            vertrouwd);
                case "pkcs11" ->
                    Sleutelopslag.pkcs11(
                            pkcs11Configuratie.map(Path::of).orElse(null),
                            pkcs11Pin.map(String::toCharArray).orElse(null),
                            alias.orElse(null),
                            vertrouwd);
                default ->
                    throw new SleutelFout("Onbekende spreiding.ondertekening.sleutelopslag '" + soort
                            + "'; kies ontwikkeling, pkcs12 of pkcs11");
            };
            tijdstempelaar = tsa.filter(s -> !s.isBlank())
                    .map(s -> new Tijdstempelaar(URI.create(s.strip())))
                    .orElse(null);
            tsaVertrouwd = certificaten(tsaVertrouwdBestand, "spreiding.ondertekening.tsa.vertrouwd");
            LOG.info("Ondertekensleutel: " + sleutel.bron() + ", certificaat "
                    + sleutel.certificaat().getSubjectX500Principal()
                    + (tijdstempelaar == null
                            ? ", zonder tijdstempel"
                            : ", tijdstempel van " + tijdstempelaar.adres()));
        } catch (SleutelFout e) {
            LOG.log(Level.SEVERE, "Spreiding kan niet starten: " + e.getMessage());
            throw e;
        }
    }

    private List<X509Certificate> geconfigureerdeWortels() {
        return certificaten(vertrouwdBestand, "spreiding.ondertekening.vertrouwd");
    }

    private static List<X509Certificate> certificaten(Optional<String> bestand, String instelling) {
        if (bestand.isEmpty() || bestand.get().isBlank()) {
            return List.of();
        }
        Path pad = Path.of(bestand.get());
        try (InputStream in = Files.newInputStream(pad)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> (X509Certificate) c)
                    .toList();
        } catch (IOException | CertificateException e) {
            throw new SleutelFout(
                    "Vertrouwde basiscertificaten niet te lezen uit " + pad.toAbsolutePath() + " (" + instelling + "): "
                            + e.getMessage(),
                    e);
        }
    }

    public Sleutelmateriaal sleutel() {
        return sleutel;
    }

    /** The RFC 3161 service, or null when none is configured (signatures are then PAdES B-B). */
    /** Every root a verification trusts: the signing key's and the time-stamp service's. */
    public List<X509Certificate> vertrouwd() {
        List<X509Certificate> alle = new ArrayList<>(sleutel.vertrouwd());
        alle.addAll(tsaVertrouwd);
        return alle;
    }

    public Tijdstempelaar tijdstempelaar() {
        return tijdstempelaar;
    }
}
