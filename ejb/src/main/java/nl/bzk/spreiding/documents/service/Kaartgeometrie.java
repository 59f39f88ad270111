package nl.bzk.spreiding.documents.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The province outlines for the maps, read once: by default the CBS outlines shipped with the application
 * ({@code nl/bzk/spreiding/documents/kaart/provincies.geojson}, CC BY 4.0, attribution printed under every map), or the
 * file named by {@code spreiding.kaart.geometrie}. A configured file that is missing or broken stops nothing but is
 * logged loudly; the documents then show the schematic tile map and say so under each map.
 */
@Singleton
@Lock(LockType.READ)
public class Kaartgeometrie {

    private static final Logger LOG = Logger.getLogger(Kaartgeometrie.class.getName());

    static final String INGEBOUWD = "/nl/bzk/spreiding/documents/kaart/provincies.geojson";
    static final String CBS_BRONVERMELDING = "Bron: CBS, via PDOK; vereenvoudigd door cartomap/nl (CC BY 4.0)";

    @Inject
    @ConfigProperty(name = "spreiding.kaart.geometrie", defaultValue = " ")
    private String bestand;

    @Inject
    @ConfigProperty(name = "spreiding.kaart.bronvermelding", defaultValue = CBS_BRONVERMELDING)
    private String bronvermelding;

    private Provinciegeometrie geometrie;

    @PostConstruct
    void laad() {
        geometrie = lees();
        if (!geometrie.isSchematisch()) {
            geometrie = geometrie.metBronvermelding(bronvermelding);
        }
    }

    /** The shipped outlines (the default of a fresh clone and of production). */
    public static Provinciegeometrie ingebouwd() {
        try (var in = Kaartgeometrie.class.getResourceAsStream(INGEBOUWD)) {
            if (in == null) {
                throw new IllegalStateException("Ingebouwde provinciegeometrie " + INGEBOUWD + " ontbreekt");
            }
            return Provinciegeometrie.uitGeoJson("provincies.geojson", in.readAllBytes())
                    .metBronvermelding(CBS_BRONVERMELDING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Provinciegeometrie lees() {
        if (bestand == null || bestand.isBlank()) {
            Provinciegeometrie ingebouwd = ingebouwd();
            LOG.info("Provinciegeometrie: " + ingebouwd.bron() + " (ingebouwd)");
            return ingebouwd;
        }
        Path pad = Path.of(bestand.strip());
        if (!Files.isRegularFile(pad)) {
            pad = zoekInMap(pad.getParent());
        }
        if (pad == null) {
            LOG.warning("Geen provinciegeometrie op " + Path.of(bestand.strip()).toAbsolutePath()
                    + " of ernaast (spreiding.kaart.geometrie); kaarten worden schematisch.");
            return Provinciegeometrie.schematisch();
        }
        try {
            Provinciegeometrie gelezen =
                    Provinciegeometrie.uitGeoJson(pad.getFileName().toString(), Files.readAllBytes(pad));
            LOG.info("Provinciegeometrie: " + gelezen.bron());
            return gelezen;
        } catch (IOException | IllegalArgumentException e) {
            LOG.severe("Provinciegeometrie " + pad.toAbsolutePath() + " is onbruikbaar (" + e.getMessage()
                    + "); kaarten worden schematisch.");
            return Provinciegeometrie.schematisch();
        }
    }

    /**
     * The reference data folder may name its file differently: take the first GeoJSON in the same folder whose
     * features carry province codes.
     */
    static Path zoekInMap(Path map) {
        if (map == null || !Files.isDirectory(map)) {
            return null;
        }
        try (var bestanden = Files.list(map)) {
            for (Path p : bestanden
                    .filter(f ->
                            f.toString().endsWith(".geojson") || f.toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                try {
                    if (Provinciegeometrie.uitGeoJson(p.getFileName().toString(), Files.readAllBytes(p))
                                    .gebieden()
                                    .size()
                            >= 12) {
                        return p;
                    }
                } catch (IOException | IllegalArgumentException geenProvincies) {
                    // another file in the folder
                }
            }
        } catch (IOException e) {
            LOG.warning("Map " + map + " niet te lezen: " + e.getMessage());
        }
        return null;
    }

    public Provinciegeometrie geometrie() {
        return geometrie;
    }
}
