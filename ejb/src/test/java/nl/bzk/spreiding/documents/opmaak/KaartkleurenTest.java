package nl.bzk.spreiding.documents.opmaak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The map's classes read without colour: lightness steps between neighbouring classes (what greyscale printing and
 * colour-blind readers keep), hatching for declines, and every label at WCAG AA contrast against its fill.
 */
class KaartkleurenTest {

    private static final List<BigDecimal> WAARDEN = List.of(
            new BigDecimal("-3.7"),
            new BigDecimal("-1"),
            new BigDecimal("0.2"),
            new BigDecimal("2.7"),
            new BigDecimal("5.2"),
            new BigDecimal("8.3"),
            new BigDecimal("9.8"));

    @Test
    void elkeKlasseHeeftLeesbareLabels() {
        for (Kaarttekening.Klasse k : Kaarttekening.klassen(WAARDEN)) {
            double c = Kaarttekening.contrast(k.kleur(), Kaarttekening.labelkleur(k.kleur()));
            assertTrue(c >= 4.5, k + ": label contrast " + c);
        }
        assertTrue(Kaarttekening.contrast(
                        Kaarttekening.GEEN_GEGEVENS, Kaarttekening.labelkleur(Kaarttekening.GEEN_GEGEVENS))
                >= 4.5);
    }

    @Test
    void buurklassenVerschillenInLichtheidEnDalingIsGearceerd() {
        List<Kaarttekening.Klasse> klassen = Kaarttekening.klassen(WAARDEN);
        assertEquals(6, klassen.size(), "two declines, four growth classes: " + klassen);
        for (int i = 1; i < klassen.size(); i++) {
            Kaarttekening.Klasse a = klassen.get(i - 1);
            Kaarttekening.Klasse b = klassen.get(i);
            if (a.gearceerd() == b.gearceerd()) {
                double verschil = Kaarttekening.contrast(a.kleur(), b.kleur());
                assertTrue(verschil >= 1.4, a + " / " + b + ": " + verschil);
            }
        }
        assertTrue(klassen.stream().filter(k -> k.tot().signum() <= 0).allMatch(Kaarttekening.Klasse::gearceerd));
        assertTrue(klassen.stream()
                .filter(k -> k.van().signum() >= 0 && k.tot().signum() > 0)
                .noneMatch(Kaarttekening.Klasse::gearceerd));
        // growth classes get darker as the value rises: light means little, in colour and in grey
        List<Kaarttekening.Klasse> groei =
                klassen.stream().filter(k -> !k.gearceerd()).toList();
        for (int i = 1; i < groei.size(); i++) {
            assertTrue(Kaarttekening.luminantie(groei.get(i).kleur())
                    < Kaarttekening.luminantie(groei.get(i - 1).kleur()));
        }
    }

    @Test
    void labelplaatsLigtBinnenDeVormEnMeldtDeRuimte() {
        // an L-shape: the widest run is in the lower bar (0..100 wide), not through the gap of the L
        List<double[]> l = List.of(
                new double[] {0, 0},
                new double[] {100, 0},
                new double[] {100, 20},
                new double[] {20, 20},
                new double[] {20, 100},
                new double[] {0, 100});
        Labelplaats.Plaats p = Labelplaats.beste(List.of(l), 8);
        assertTrue(p.y() > 4 && p.y() < 16, "y " + p.y());
        assertEquals(50, p.x(), 0.001);
        assertEquals(100, p.ruimte(), 0.001);
    }

    /**
     * Issue 31: classes from the data. One province ten times the others (equal intervals left three of five classes
     * empty and eleven provinces in one pale colour): at least four classes, each holding a province, in order and not
     * overlapping, every value in exactly one, and the legend printed from high to low.
     */
    @Test
    void eenScheveVerdelingGebruiktVierKlassenZonderLegeKlasse() {
        List<BigDecimal> scheef = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            scheef.add(BigDecimal.valueOf(1000 + 150L * i));
        }
        scheef.add(BigDecimal.valueOf(25_000));
        List<Kaarttekening.Klasse> klassen = Kaarttekening.klassen(scheef);
        assertTrue(klassen.size() >= 4, klassen.toString());
        zonderLegeOfOverlappendeKlassen(klassen, scheef);
        assertEquals(
                1, klassen.stream().filter(k -> k.van().intValue() == 25_000).count(), "the outlier alone");
        List<String> legenda = Kaarttekening.legendateksten(klassen);
        assertEquals("25.000", legenda.get(legenda.size() - 1), "a class of one value shows that value");
        assertEquals("1.000 tot en met " + Kaarttekening.getal(klassen.get(0).tot(), 0), legenda.get(0));
    }

    @Test
    void gelijkeWaardenStaanInEenKlasseEnEenWaardeGeeftEenKlasse() {
        List<BigDecimal> gelijk = List.of(
                BigDecimal.valueOf(5),
                BigDecimal.valueOf(5),
                new BigDecimal("5.00"),
                BigDecimal.valueOf(7),
                BigDecimal.valueOf(7),
                BigDecimal.valueOf(40));
        List<Kaarttekening.Klasse> klassen = Kaarttekening.klassen(gelijk);
        assertEquals(3, klassen.size(), "three distinct values, three classes: " + klassen);
        zonderLegeOfOverlappendeKlassen(klassen, gelijk);
        assertEquals(
                1,
                Kaarttekening.klassen(List.of(BigDecimal.ONE, BigDecimal.ONE)).size());
        assertEquals(List.of(), Kaarttekening.klassen(List.of()));
    }

    /** Values that change sign diverge around zero: declines red and hatched, growth blue, no class across zero. */
    @Test
    void eenTekenwisselDivergeertRondNul() {
        List<BigDecimal> waarden = List.of(
                new BigDecimal("-25.9"),
                new BigDecimal("-2.1"),
                new BigDecimal("-0.4"),
                BigDecimal.ZERO,
                new BigDecimal("1.2"),
                new BigDecimal("3.9"),
                new BigDecimal("4.4"),
                new BigDecimal("12.0"),
                new BigDecimal("14.6"),
                new BigDecimal("30.1"),
                new BigDecimal("2.0"),
                new BigDecimal("6.3"));
        List<Kaarttekening.Klasse> klassen = Kaarttekening.klassen(waarden);
        zonderLegeOfOverlappendeKlassen(klassen, waarden);
        assertTrue(klassen.stream().allMatch(k -> k.gearceerd() == (k.tot().signum() < 0)), klassen.toString());
        assertTrue(klassen.stream().filter(Kaarttekening.Klasse::gearceerd).count() <= 2);
        assertTrue(klassen.stream().filter(k -> !k.gearceerd()).count() <= 4);
        assertEquals("– 25,9", Kaarttekening.legendateksten(klassen).get(0), "the steepest decline alone");
    }

    private static void zonderLegeOfOverlappendeKlassen(List<Kaarttekening.Klasse> klassen, List<BigDecimal> waarden) {
        for (int i = 0; i < klassen.size(); i++) {
            Kaarttekening.Klasse k = klassen.get(i);
            assertTrue(k.van().compareTo(k.tot()) <= 0, k.toString());
            if (i > 0) {
                assertTrue(klassen.get(i - 1).tot().compareTo(k.van()) < 0, "in order, not overlapping: " + klassen);
            }
            assertTrue(
                    waarden.stream().anyMatch(w -> w.compareTo(k.van()) >= 0 && w.compareTo(k.tot()) <= 0),
                    "no empty class: " + k);
        }
        for (BigDecimal w : waarden) {
            assertEquals(
                    1,
                    klassen.stream()
                            .filter(k -> w.compareTo(k.van()) >= 0 && w.compareTo(k.tot()) <= 0)
                            .count(),
                    w + " in exactly one class of " + klassen);
            assertTrue(Kaarttekening.klasse(klassen, w) != null);
        }
    }
}
