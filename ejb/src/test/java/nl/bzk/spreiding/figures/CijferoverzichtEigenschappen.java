package nl.bzk.spreiding.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Cijferoverzicht;
import nl.bzk.spreiding.platform.Nederlands;

/** Properties of the growth figures and their rounding, checked on generated breakdowns (jqwik). */
class CijferoverzichtEigenschappen {

    @Provide
    Arbitrary<Map<String, BigDecimal>> verdeling() {
        Arbitrary<String> sleutel = Arbitraries.of("PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27");
        Arbitrary<BigDecimal> fte = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("50000"))
                .ofScale(2);
        return Arbitraries.maps(sleutel, fte).ofMaxSize(8);
    }

    @Property
    void deGroeiPerRegelTeltOpTotDeLandelijkeGroei(
            @ForAll("verdeling") Map<String, BigDecimal> dit, @ForAll("verdeling") Map<String, BigDecimal> vorig) {
        if (vorig.isEmpty()) {
            Cijferoverzicht.regels(dit, vorig).forEach(r -> assertNull(r.groei(), "no previous year, no growth"));
            return;
        }
        List<Cijferoverzicht.Regel> regels = Cijferoverzicht.regels(dit, vorig);
        Set<String> sleutels = new TreeSet<>(dit.keySet());
        sleutels.addAll(vorig.keySet());
        assertEquals(
                List.copyOf(sleutels),
                regels.stream().map(Cijferoverzicht.Regel::sleutel).toList());
        BigDecimal groei = regels.stream().map(Cijferoverzicht.Regel::groei).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, groei.compareTo(Cijferoverzicht.som(dit).subtract(Cijferoverzicht.som(vorig))));
        for (Cijferoverzicht.Regel r : regels) {
            assertEquals(0, r.groei().compareTo(r.ditJaar().subtract(r.vorigJaar())));
            assertEquals(
                    r.vorigJaar().signum() == 0, r.groeiProcent() == null, "a percentage needs last year's figure");
        }
    }

    @Property
    void deGrootsteBijdragenZijnDeGrootsteEnPositief(
            @ForAll("verdeling") Map<String, BigDecimal> dit,
            @ForAll("verdeling") Map<String, BigDecimal> vorig,
            @ForAll @IntRange(min = 1, max = 5) int aantal) {
        List<Cijferoverzicht.Regel> regels = Cijferoverzicht.regels(dit, vorig);
        List<Cijferoverzicht.Regel> grootste = Cijferoverzicht.grootsteBijdragen(regels, aantal);
        assertTrue(grootste.size() <= aantal);
        for (int i = 1; i < grootste.size(); i++) {
            assertTrue(grootste.get(i - 1).groei().compareTo(grootste.get(i).groei()) >= 0, "biggest first");
        }
        grootste.forEach(r -> assertTrue(r.groei().signum() > 0));
        if (grootste.size() == aantal) {
            BigDecimal kleinste = grootste.get(aantal - 1).groei();
            regels.stream()
                    .filter(r -> r.groei() != null && !grootste.contains(r))
                    .forEach(r -> assertTrue(r.groei().compareTo(kleinste) <= 0, "nothing left out is bigger"));
        }
    }

    @Property
    void afgerondeFteLigtBinnenEenHalveEenheidEnLeestTerug(@ForAll("verdeling") Map<String, BigDecimal> verdeling) {
        for (BigDecimal waarde : verdeling.values()) {
            BigDecimal teken = waarde.negate();
            for (BigDecimal w : List.of(waarde, teken)) {
                String tekst = Afronding.fte(w);
                BigDecimal terug = new BigDecimal(
                        tekst.replace(Nederlands.MIN, "-").replace(".", "").replace(',', '.'));
                assertTrue(terug.subtract(w).abs().compareTo(new BigDecimal("0.5")) <= 0, w + " -> " + tekst);
                assertEquals(w.setScale(0, RoundingMode.HALF_UP).signum() < 0, tekst.startsWith(Nederlands.MIN), tekst);
                assertTrue(!tekst.contains("-"), "never a hyphen as minus: " + tekst);
            }
        }
    }

    @Property
    void eenProcentHeeftHoogstensEenDecimaalEnGeenNulAchterDeKomma(
            @ForAll("verdeling") Map<String, BigDecimal> dit, @ForAll("verdeling") Map<String, BigDecimal> vorig) {
        for (Cijferoverzicht.Regel r : Cijferoverzicht.regels(dit, vorig)) {
            String tekst = Afronding.procent(r.groeiProcent());
            if (r.groeiProcent() == null) {
                assertEquals("–", tekst);
                continue;
            }
            assertTrue(tekst.matches("(– )?\\d{1,3}(\\.\\d{3})*(,[1-9])?"), tekst);
        }
    }
}
