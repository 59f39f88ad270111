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
        assertEquals(7, klassen.size(), klassen.toString());
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
}
