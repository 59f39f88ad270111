package nl.bzk.spreiding.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signatory a document set falls back on (issue 31: a default at most, read here only): the function when neither
 * the request nor the signing account gives one, and the name when the request gives none. A dossier's letter is
 * signed by the chosen account, whose function and name come first.
 */
@ApplicationScoped
public class Standaardondertekening {

    @Inject
    @ConfigProperty(
            name = "spreiding.ondertekening.functie",
            defaultValue = "De Minister van Binnenlandse Zaken en Koninkrijksrelaties")
    String functie;

    @Inject
    @ConfigProperty(name = "spreiding.ondertekening.naam")
    Optional<String> naam;

    public String functie() {
        return functie;
    }

    /** The configured name, or null when none (or only spaces) is configured. */
    public String naam() {
        return naam.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
    }
}
