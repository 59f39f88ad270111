package nl.bzk.spreiding.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.bzk.spreiding.documents.opmaak.Logo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The letter head as configured (prefix {@code spreiding.brief}, read here only): the sender block a ministry prints in
 * the side column of its letters, and the addressee of the Kamerbrief. Lines are separated by commas (MicroProfile
 * Config's list form; a comma inside a line is written {@code \,}). The defaults are the public addresses of BZK and
 * of the Tweede Kamer. A logo ({@code spreiding.brief.logo}, a PNG file) is optional and none is shipped: the
 * letter is complete without one.
 */
@ApplicationScoped
public class Briefhoofdinstellingen {

    @Inject
    @ConfigProperty(
            name = "spreiding.brief.afzender",
            defaultValue = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,Turfmarkt 147,2511 DP  Den Haag,"
                    + "Postbus 20011,2500 EA  Den Haag,www.rijksoverheid.nl")
    List<String> afzender;

    @Inject
    @ConfigProperty(
            name = "spreiding.brief.geadresseerde",
            defaultValue = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal,Postbus 20018,2500 EA  Den Haag")
    List<String> geadresseerde;

    @Inject
    @ConfigProperty(name = "spreiding.brief.logo")
    Optional<String> logopad;

    @Inject
    @ConfigProperty(name = "spreiding.brief.logo-tekst", defaultValue = "Logo Rijksoverheid")
    String logotekst;

    /** The logo, read and checked once, with its base64 form as every letter's snapshot carries it; null without one. */
    private Logo logo;

    private String logoBase64;

    private boolean gelezen;

    /** Reads the logo when the application starts, so a wrong file stops the start with its reason, not a letter. */
    void bijStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        logo();
    }

    public Momentopname.Briefhoofd briefhoofd() {
        Logo l = logo();
        return new Momentopname.Briefhoofd(
                regels(afzender), regels(geadresseerde), l == null ? null : logoBase64, l == null ? null : l.tekst());
    }

    private synchronized Logo logo() {
        if (!gelezen) {
            logo = logopad.filter(p -> !p.isBlank())
                    .map(p -> lees(p, logotekst))
                    .orElse(null);
            logoBase64 = logo == null ? null : logo.base64();
            gelezen = true;
        }
        return logo;
    }

    static Logo lees(String pad, String tekst) {
        Path bestand = Path.of(pad.strip());
        try {
            // refused before it is read: the file is not loaded into memory to learn it is too large
            if (Files.size(bestand) > Logo.MAX_BYTES) {
                throw new IllegalStateException(
                        "spreiding.brief.logo: " + bestand + " is groter dan " + Logo.MAX_BYTES / 1024 + " kB");
            }
            return new Logo(Files.readAllBytes(bestand), tekst);
        } catch (IOException e) {
            throw new UncheckedIOException("spreiding.brief.logo: " + bestand + " is niet te lezen", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("spreiding.brief.logo: " + bestand + ": " + e.getMessage(), e);
        }
    }

    private static List<String> regels(List<String> lijst) {
        return lijst.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
