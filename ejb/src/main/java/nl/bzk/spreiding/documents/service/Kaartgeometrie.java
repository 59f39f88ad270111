package nl.bzk.spreiding.documents.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The province outlines for the maps, read once. A configured file that is missing or broken stops nothing but is
 * logged loudly; the documents then show the schematic tile map and say so under each map.
 */
@Singleton
@Lock(LockType.READ)
public class Kaartgeometrie {

    private static final Logger LOG = Logger.getLogger(Kaartgeometrie.class.getName());

    @Inject
    @ConfigProperty(name = "spreiding.kaart.geometrie", defaultValue = "../shared/data/provincies.geojson")
    private String bestand;

    private Provinciegeometrie geometrie;

    @PostConstruct
    void laad() {
        Path pad = Path.of(bestand);
        if (!Files.isRegularFile(pad)) {
            pad = zoekInMap(pad.getParent());
        }
        if (pad == null) {
            LOG.warning("Geen provinciegeometrie op " + Path.of(bestand).toAbsolutePath()
                    + " of ernaast (spreiding.kaart.geometrie); kaarten worden schematisch.");
            geometrie = Provinciegeometrie.schematisch();
            return;
        }
        try {
            geometrie = Provinciegeometrie.uitGeoJson(pad.getFileName().toString(), Files.readAllBytes(pad));
            LOG.info("Provinciegeometrie: " + geometrie.bron());
        } catch (IOException | IllegalArgumentException e) {
            LOG.severe("Provinciegeometrie " + pad.toAbsolutePath() + " is onbruikbaar (" + e.getMessage() + "); kaarten worden schematisch.");
            geometrie = Provinciegeometrie.schematisch();
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
            for (Path p : bestanden.filter(f -> f.toString().endsWith(".geojson") || f.toString().endsWith(".json")).sorted().toList()) {
                try {
                    if (Provinciegeometrie.uitGeoJson(p.getFileName().toString(), Files.readAllBytes(p)).gebieden().size() >= 12) {
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
