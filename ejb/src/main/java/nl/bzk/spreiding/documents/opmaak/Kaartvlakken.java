package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same choropleth as in Bijlage 1, as SVG path data for the dashboard page: one path per province (y pointing
 * down, as SVG wants), its class colour, a tooltip text and the legend. Same geometry, same classes, same colours.
 */
public final class Kaartvlakken {

    /**
     * One province. {@code label} is what fits inside it at (labelX, labelY), found the way Bijlage 1 places its
     * labels: the name and the value on two lines, the value alone, or nothing for a province too small (its figure is
     * in the tooltip and the table).
     */
    public record Vlak(
            String code,
            String naam,
            String pad,
            String kleur,
            String titel,
            int labelX,
            int labelY,
            boolean donker,
            String label,
            String waarde) {}

    /** Average width of a character of the 12 px label font, in pixels (Liberation Sans and Arial: about 0,55 em). */
    private static final double TEKENBREEDTE = 6.6;

    private static final double REGELHOOGTE = 14;

    public record Legendaregel(String kleur, String tekst) {}

    public record Kaart(
            int breedte,
            int hoogte,
            List<Vlak> vlakken,
            List<Legendaregel> legenda,
            boolean schematisch,
            String bronvermelding) {}

    private Kaartvlakken() {}

    /**
     * A province's shape on the page: the SVG path and where one or two lines of label fit. Worked out once per
     * geometry and width, not on every page view.
     */
    private record Vorm(
            Provinciegeometrie.Gebied gebied, String pad, Labelplaats.Plaats eenRegel, Labelplaats.Plaats tweeRegels) {}

    private record Tekening(int hoogte, List<Vorm> vormen) {}

    private static final Map<String, Tekening> TEKENINGEN = new ConcurrentHashMap<>();

    /** @param tekst per province the text of its value for the tooltip ("3,8 procent") */
    public static Kaart bereken(
            Provinciegeometrie geometrie,
            Map<String, BigDecimal> waarden,
            Map<String, String> tekst,
            String eenheid,
            int breedte) {
        Tekening t = TEKENINGEN.computeIfAbsent(geometrie.bron() + "@" + breedte, k -> teken(geometrie, breedte));
        List<Kaarttekening.Klasse> klassen = Kaarttekening.klassen(new ArrayList<>(waarden.values()));
        List<Vlak> vlakken = new ArrayList<>();
        for (Vorm v : t.vormen()) {
            Provinciegeometrie.Gebied g = v.gebied();
            BigDecimal w = waarden.get(g.code());
            Kaarttekening.Klasse klasse = Kaarttekening.klasse(klassen, w);
            Color kleur = klasse == null ? Kaarttekening.GEEN_GEGEVENS : klasse.kleur();
            String waardetekst = w == null ? null : tekst.getOrDefault(g.code(), w.toPlainString());
            String label = null;
            String waarde = waardetekst;
            Labelplaats.Plaats plaats = v.eenRegel();
            if (v.tweeRegels() != null
                    && past(v.tweeRegels(), g.naam())
                    && (waarde == null || past(v.tweeRegels(), waarde))) {
                label = g.naam();
                plaats = v.tweeRegels();
            } else if (waarde == null || plaats == null || !past(plaats, waarde)) {
                waarde = null;
            }
            vlakken.add(new Vlak(
                    g.code(),
                    g.naam(),
                    v.pad(),
                    hex(kleur),
                    g.naam() + ": " + (w == null ? "geen gegevens" : waardetekst + " " + eenheid),
                    plaats == null ? 0 : (int) Math.round(plaats.x()),
                    plaats == null ? 0 : (int) Math.round(plaats.y() + (label == null ? 4 : -2)),
                    Kaarttekening.labelkleur(kleur).equals(Color.WHITE),
                    label,
                    waarde));
        }
        List<String> teksten = Kaarttekening.legendateksten(klassen);
        List<Legendaregel> legenda = new ArrayList<>();
        for (int i = klassen.size() - 1; i >= 0; i--) {
            legenda.add(new Legendaregel(hex(klassen.get(i).kleur()), teksten.get(i) + " " + eenheid));
        }
        return new Kaart(breedte, t.hoogte(), vlakken, legenda, geometrie.isSchematisch(), geometrie.bronvermelding());
    }

    private static Tekening teken(Provinciegeometrie geometrie, int breedte) {
        double[] k = Kaarttekening.kader(geometrie);
        double schaal = breedte / (k[2] - k[0]);
        int hoogte = (int) Math.ceil((k[3] - k[1]) * schaal);
        List<Vorm> vormen = new ArrayList<>();
        for (Provinciegeometrie.Gebied g : geometrie.gebieden().values()) {
            StringBuilder d = new StringBuilder();
            List<List<double[]>> scherm = new ArrayList<>();
            for (List<double[]> ring : g.ringen()) {
                List<double[]> punten = new ArrayList<>();
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - k[0]) * schaal;
                    double y = (k[3] - ring.get(i)[1]) * schaal;
                    punten.add(new double[] {x, y});
                    d.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
                }
                scherm.add(punten);
                d.append("Z ");
            }
            vormen.add(new Vorm(
                    g,
                    d.toString().strip(),
                    Labelplaats.beste(scherm, REGELHOOGTE),
                    Labelplaats.beste(scherm, 2 * REGELHOOGTE)));
        }
        return new Tekening(hoogte, List.copyOf(vormen));
    }

    private static boolean past(Labelplaats.Plaats plaats, String tekst) {
        return plaats.ruimte() >= tekst.length() * TEKENBREEDTE + 4;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
