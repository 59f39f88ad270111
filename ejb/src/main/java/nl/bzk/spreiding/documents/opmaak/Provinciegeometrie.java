package nl.bzk.spreiding.documents.opmaak;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.platform.Sha256;

/**
 * The outlines of the twelve provinces, for the choropleth maps. Read from a GeoJSON file (CBS "provincie"
 * gebiedsindeling: feature property {@code statcode} = PV20..PV31, coordinates in RD New or WGS84), or, when no
 * file is configured, a schematic tile map (one square per province in roughly its place) so documents still show
 * the classes per province. Which geometry was used is part of the document's snapshot ({@link #bron()}).
 */
public final class Provinciegeometrie {

    /** One province: its rings (outer rings and holes of all its polygons), in map units with y pointing north. */
    public record Gebied(String code, String naam, List<List<double[]>> ringen) {}

    private final Map<String, Gebied> gebieden;
    private final String bron;
    private final boolean schematisch;
    private final String bronvermelding;

    private Provinciegeometrie(Map<String, Gebied> gebieden, String bron, boolean schematisch, String bronvermelding) {
        this.gebieden = gebieden;
        this.bron = bron;
        this.schematisch = schematisch;
        this.bronvermelding = bronvermelding;
    }

    /** The same outlines with the attribution their licence asks for, printed under every map. */
    public Provinciegeometrie metBronvermelding(String vermelding) {
        return new Provinciegeometrie(
                gebieden, bron, schematisch, vermelding == null || vermelding.isBlank() ? null : vermelding.strip());
    }

    /** The attribution to print under a map, or null (the schematic map has none). */
    public String bronvermelding() {
        return bronvermelding;
    }

    public Map<String, Gebied> gebieden() {
        return gebieden;
    }

    /** "naam (sha256 …)": identifies the geometry exactly, so a document can be reproduced. */
    public String bron() {
        return bron;
    }

    public boolean isSchematisch() {
        return schematisch;
    }

    /** @throws IllegalArgumentException with a Dutch message when the file is not GeoJSON with province codes */
    public static Provinciegeometrie uitGeoJson(String naam, byte[] inhoud) {
        Map<String, Gebied> gebieden = new LinkedHashMap<>();
        JsonObject root;
        try (JsonReader r = Json.createReader(new ByteArrayInputStream(inhoud))) {
            root = r.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "Provinciegeometrie " + naam + " is geen geldige GeoJSON: " + e.getMessage(), e);
        }
        JsonArray features = root.getJsonArray("features");
        if (features == null) {
            throw new IllegalArgumentException("Provinciegeometrie " + naam + " bevat geen 'features'.");
        }
        boolean graden = false;
        for (JsonValue v : features) {
            JsonObject f = v.asJsonObject();
            JsonObject eigenschappen = f.getJsonObject("properties");
            String code = eigenschappen == null ? null : eigenschappen.getString("statcode", null);
            if (code == null || !code.matches("PV\\d\\d")) {
                continue;
            }
            JsonObject geometrie = f.getJsonObject("geometry");
            List<List<double[]>> ringen = new ArrayList<>();
            String type = geometrie.getString("type");
            JsonArray coords = geometrie.getJsonArray("coordinates");
            if ("Polygon".equals(type)) {
                voegPolygoonToe(coords, ringen);
            } else if ("MultiPolygon".equals(type)) {
                for (JsonValue p : coords) {
                    voegPolygoonToe(p.asJsonArray(), ringen);
                }
            } else {
                throw new IllegalArgumentException(
                        "Provinciegeometrie " + naam + ": onbekend geometrietype " + type + " bij " + code + ".");
            }
            graden |= ringen.get(0).get(0)[0] < 180;
            gebieden.put(code, new Gebied(code, eigenschappen.getString("statnaam", code), ringen));
        }
        if (gebieden.isEmpty()) {
            throw new IllegalArgumentException(
                    "Provinciegeometrie " + naam + " bevat geen provincies (property statcode PV20..PV31).");
        }
        if (graden) {
            // Longitude/latitude: shrink longitude by cos(52°) so the Netherlands keeps its shape on paper.
            double factor = Math.cos(Math.toRadians(52.2));
            gebieden.values().forEach(g -> g.ringen().forEach(ring -> ring.forEach(p -> p[0] = p[0] * factor)));
        }
        return new Provinciegeometrie(gebieden, naam + " (sha256 " + Sha256.van(inhoud) + ")", false, null);
    }

    private static void voegPolygoonToe(JsonArray polygoon, List<List<double[]>> ringen) {
        for (JsonValue ring : polygoon) {
            List<double[]> punten = new ArrayList<>();
            for (JsonValue punt : ring.asJsonArray()) {
                JsonArray xy = punt.asJsonArray();
                punten.add(new double[] {
                    xy.getJsonNumber(0).doubleValue(), xy.getJsonNumber(1).doubleValue()
                });
            }
            ringen.add(punten);
        }
    }

    /** The schematic tile map: column and row per province (row 0 is the north). */
    public static Provinciegeometrie schematisch() {
        Object[][] tegels = {
            {"PV21", "Fryslân", 1, 0, 1},
            {"PV20", "Groningen", 2, 0, 1},
            {"PV27", "Noord-Holland", 0, 1, 1},
            {"PV24", "Flevoland", 1, 1, 1},
            {"PV22", "Drenthe", 2, 1, 1},
            {"PV28", "Zuid-Holland", 0, 2, 1},
            {"PV26", "Utrecht", 1, 2, 1},
            {"PV23", "Overijssel", 2, 2, 1},
            {"PV29", "Zeeland", 0, 3, 1},
            {"PV25", "Gelderland", 1, 3, 2},
            {"PV30", "Noord-Brabant", 0, 4, 2},
            {"PV31", "Limburg", 2, 4, 1}
        };
        Map<String, Gebied> gebieden = new LinkedHashMap<>();
        double marge = 0.06;
        for (Object[] t : tegels) {
            double x0 = (int) t[2] + marge;
            double x1 = (int) t[2] + (int) t[4] - marge;
            double yBoven = -((int) t[3]) - marge;
            double yOnder = -((int) t[3]) - 1 + marge;
            List<double[]> ring = new ArrayList<>(List.of(
                    new double[] {x0, yOnder},
                    new double[] {x1, yOnder},
                    new double[] {x1, yBoven},
                    new double[] {x0, yBoven},
                    new double[] {x0, yOnder}));
            gebieden.put((String) t[0], new Gebied((String) t[0], (String) t[1], List.of(ring)));
        }
        return new Provinciegeometrie(gebieden, "schematische tegelkaart (ingebouwd)", true, null);
    }
}
