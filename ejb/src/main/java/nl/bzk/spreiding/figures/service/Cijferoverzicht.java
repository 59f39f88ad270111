package nl.bzk.spreiding.figures.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of one peildatum against the previous one, as the Kamerbrief reports them. Pure: built from the
 * sums the database computed, so it can be checked against hand-computed values.
 */
public final class Cijferoverzicht {

    private Cijferoverzicht() {}

    /** One row of a breakdown: this year, last year, growth in FTE and percent (null without a previous figure). */
    public record Regel(
            String sleutel, BigDecimal ditJaar, BigDecimal vorigJaar, BigDecimal groei, BigDecimal groeiProcent) {}

    /**
     * @param vorig last year's figures, or an empty map when there is no previous year (then growth is unknown);
     *              a key missing from a non-empty map had zero FTE last year (growth known, percentage not)
     */
    public static List<Regel> regels(Map<String, BigDecimal> dit, Map<String, BigDecimal> vorig) {
        Set<String> sleutels = new TreeSet<>(dit.keySet());
        sleutels.addAll(vorig.keySet());
        List<Regel> regels = new ArrayList<>();
        for (String s : sleutels) {
            BigDecimal d = dit.getOrDefault(s, BigDecimal.ZERO);
            BigDecimal v = vorig.isEmpty() ? null : vorig.getOrDefault(s, BigDecimal.ZERO);
            BigDecimal groei = v == null ? null : d.subtract(v);
            regels.add(new Regel(s, d, v, groei, v == null ? null : Afronding.procent(groei, v)));
        }
        return regels;
    }

    public static BigDecimal som(Map<String, BigDecimal> waarden) {
        return waarden.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Share (percent) of the national growth that fell in the given provinces; null when there was no growth. */
    public static BigDecimal aandeelGroei(List<Regel> perProvincie, Set<String> provincies, BigDecimal totaleGroei) {
        if (totaleGroei == null || totaleGroei.signum() <= 0) {
            return null;
        }
        BigDecimal groei = perProvincie.stream()
                .filter(r -> provincies.contains(r.sleutel()) && r.groei() != null)
                .map(Regel::groei)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Afronding.procent(groei, totaleGroei);
    }

    /** The largest positive contributions to growth, biggest first (as "CJIB, 323 fte"). */
    public static List<Regel> grootsteBijdragen(List<Regel> perOnderdeel, int aantal) {
        return perOnderdeel.stream()
                .filter(r -> r.groei() != null && r.groei().signum() > 0)
                .sorted(Comparator.comparing(Regel::groei).reversed().thenComparing(Regel::sleutel))
                .limit(aantal)
                .toList();
    }

    /** The largest decreases, biggest first. */
    public static List<Regel> grootsteAfnames(List<Regel> perOnderdeel, int aantal) {
        return perOnderdeel.stream()
                .filter(r -> r.groei() != null && r.groei().signum() < 0)
                .sorted(Comparator.comparing(Regel::groei).thenComparing(Regel::sleutel))
                .limit(aantal)
                .toList();
    }

    /** A motion's provinces against the national development: holds when each grew at least as much (in percent). */
    public record Toets(String naam, String omschrijving, boolean houdt, Map<String, Boolean> perProvincie) {}

    public static Toets nietAchterblijven(
            String naam,
            String omschrijving,
            List<Regel> perProvincie,
            Set<String> provincies,
            BigDecimal landelijkProcent) {
        Map<String, Boolean> uitkomst = new LinkedHashMap<>();
        for (Regel r : perProvincie) {
            if (provincies.contains(r.sleutel())) {
                uitkomst.put(
                        r.sleutel(),
                        landelijkProcent != null
                                && r.groeiProcent() != null
                                && r.groeiProcent().compareTo(landelijkProcent) >= 0);
            }
        }
        provincies.stream().filter(p -> !uitkomst.containsKey(p)).forEach(p -> uitkomst.put(p, false));
        return new Toets(
                naam,
                omschrijving,
                !uitkomst.isEmpty() && uitkomst.values().stream().allMatch(b -> b),
                uitkomst);
    }

    public static Toets geenNettoVerlies(String naam, List<Regel> perProvincie, Set<String> provincies) {
        Map<String, Boolean> uitkomst = new LinkedHashMap<>();
        for (String p : provincies) {
            Regel r = perProvincie.stream()
                    .filter(x -> x.sleutel().equals(p))
                    .findFirst()
                    .orElse(null);
            uitkomst.put(p, r != null && r.groei() != null && r.groei().signum() >= 0);
        }
        return new Toets(
                naam,
                "De rijkswerkgelegenheid daalt per saldo niet",
                uitkomst.values().stream().allMatch(b -> b),
                uitkomst);
    }
}
