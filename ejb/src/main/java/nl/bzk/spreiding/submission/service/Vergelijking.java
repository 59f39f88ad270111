package nl.bzk.spreiding.submission.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares a submission with last year's accepted figures per organisation unit and province. A change of
 * 100 FTE or more, or of more than 10 % of last year's figure, needs a written explanation (toelichting) on one
 * of the unit's lines in that province before the submission can be filed. New combinations (nothing last year)
 * are judged by the 100-FTE rule only: a percentage of zero says nothing.
 */
public final class Vergelijking {

    public static final BigDecimal DREMPEL_FTE = new BigDecimal("100");
    public static final BigDecimal DREMPEL_FRACTIE = new BigDecimal("0.10");

    private Vergelijking() {}

    /** What is compared: one unit in one province, this year's lines summed. */
    public record Stand(String onderdeel, String provincie, BigDecimal fte, boolean heeftToelichting) {}

    public record Verschil(
            String onderdeel,
            String provincie,
            BigDecimal vorigJaar,
            BigDecimal ditJaar,
            BigDecimal verschil,
            BigDecimal procent,
            boolean toelichtingNodig,
            boolean heeftToelichting) {
        public boolean ontbreektToelichting() {
            return toelichtingNodig && !heeftToelichting;
        }
    }

    /**
     * @param nu        this year's lines (several lines of one unit and province are added up)
     * @param vorigJaar last year's FTE per "onderdeel|provincie"
     */
    public static List<Verschil> vergelijk(Collection<Stand> nu, Map<String, BigDecimal> vorigJaar) {
        Map<String, BigDecimal> ditJaar = new LinkedHashMap<>();
        Map<String, Boolean> toelichting = new LinkedHashMap<>();
        for (Stand stand : nu) {
            String sleutel = stand.onderdeel() + "|" + stand.provincie();
            ditJaar.merge(sleutel, stand.fte(), BigDecimal::add);
            toelichting.merge(sleutel, stand.heeftToelichting(), Boolean::logicalOr);
        }
        TreeSet<String> sleutels = new TreeSet<>(ditJaar.keySet());
        sleutels.addAll(vorigJaar.keySet());
        List<Verschil> verschillen = new ArrayList<>();
        for (String sleutel : sleutels) {
            BigDecimal vorig = vorigJaar.getOrDefault(sleutel, BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal dit = ditJaar.getOrDefault(sleutel, BigDecimal.ZERO).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal verschil = dit.subtract(vorig);
            BigDecimal procent = vorig.signum() == 0
                    ? null
                    : verschil.multiply(BigDecimal.valueOf(100)).divide(vorig, 1, RoundingMode.HALF_UP);
            boolean nodig = verschil.abs().compareTo(DREMPEL_FTE) >= 0
                    || (vorig.signum() > 0 && verschil.abs().compareTo(vorig.multiply(DREMPEL_FRACTIE)) > 0);
            String[] delen = sleutel.split("\\|");
            verschillen.add(new Verschil(
                    delen[0],
                    delen[1],
                    vorig,
                    dit,
                    verschil,
                    procent,
                    nodig,
                    toelichting.getOrDefault(sleutel, false)));
        }
        return verschillen;
    }
}
