package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same choropleth as in Bijlage 1, as SVG path data for the dashboard page: one path per province (y pointing
 * down, as SVG wants), its class colour, a tooltip text and the legend. Same geometry, same classes, same colours.
 */
public final class Kaartvlakken {

    /** One province; labelX/labelY place its name (the schematic tile map shows names, real outlines do not need them). */
    public record Vlak(
            String code, String naam, String pad, String kleur, String titel, int labelX, int labelY, boolean donker) {}

    public record Legendaregel(String kleur, String tekst) {}

    public record Kaart(
            int breedte,
            int hoogte,
            List<Vlak> vlakken,
            List<Legendaregel> legenda,
            boolean schematisch,
            String bronvermelding) {}

    private Kaartvlakken() {}

    /** @param tekst per province the text of its value for the tooltip ("3,8 procent") */
    public static Kaart bereken(
            Provinciegeometrie geometrie,
            Map<String, BigDecimal> waarden,
            Map<String, String> tekst,
            String eenheid,
            int breedte) {
        double[] k = Kaarttekening.kader(geometrie);
        double schaal = breedte / (k[2] - k[0]);
        int hoogte = (int) Math.ceil((k[3] - k[1]) * schaal);
        List<Kaarttekening.Klasse> klassen = Kaarttekening.klassen(new ArrayList<>(waarden.values()));
        List<Vlak> vlakken = new ArrayList<>();
        for (Provinciegeometrie.Gebied g : geometrie.gebieden().values()) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : g.ringen()) {
                for (int i = 0; i < ring.size(); i++) {
                    d.append(i == 0 ? 'M' : 'L')
                            .append(String.format(
                                    Locale.ROOT,
                                    "%.1f %.1f ",
                                    (ring.get(i)[0] - k[0]) * schaal,
                                    (k[3] - ring.get(i)[1]) * schaal));
                }
                d.append("Z ");
            }
            BigDecimal w = waarden.get(g.code());
            Kaarttekening.Klasse klasse = Kaarttekening.klasse(klassen, w);
            Color kleur = klasse == null ? Kaarttekening.GEEN_GEGEVENS : klasse.kleur();
            double[] midden = Kaarttekening.midden(g);
            vlakken.add(new Vlak(
                    g.code(),
                    g.naam(),
                    d.toString().strip(),
                    hex(kleur),
                    g.naam() + ": "
                            + (w == null
                                    ? "geen gegevens"
                                    : tekst.getOrDefault(g.code(), w.toPlainString()) + " " + eenheid),
                    (int) Math.round((midden[0] - k[0]) * schaal),
                    (int) Math.round((k[3] - midden[1]) * schaal) + 4,
                    Kaarttekening.labelkleur(kleur).equals(Color.WHITE)));
        }
        List<String> teksten = Kaarttekening.legendateksten(klassen);
        List<Legendaregel> legenda = new ArrayList<>();
        for (int i = klassen.size() - 1; i >= 0; i--) {
            legenda.add(new Legendaregel(hex(klassen.get(i).kleur()), teksten.get(i) + " " + eenheid));
        }
        return new Kaart(breedte, hoogte, vlakken, legenda, geometrie.isSchematisch(), geometrie.bronvermelding());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
