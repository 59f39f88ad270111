package nl.bzk.spreiding.submission.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringRegel;

/** A submission with its lines, the comparison with last year and the totals, as pages and API show it. */
public record Overzicht(
        Aanlevering aanlevering,
        List<AanleveringRegel> regels,
        List<Vergelijking.Verschil> verschillen,
        List<OnderdeelTotaal> perOnderdeel,
        BigDecimal totaalVorigJaar,
        BigDecimal totaalDitJaar) {

    public record OnderdeelTotaal(String onderdeel, BigDecimal vorigJaar, BigDecimal ditJaar, BigDecimal verschil) {}

    /** A page lists at most this many lines of the comparison; the file holds them all. */
    public static final int MAXIMAAL_OP_PAGINA = 200;

    /**
     * The lines of the comparison a page shows: all of them, in their order, up to {@link #MAXIMAAL_OP_PAGINA}; beyond
     * that the ones that still need a toelichting, then those that need one, then the largest changes.
     */
    public List<Vergelijking.Verschil> opvallendsteVerschillen() {
        if (verschillen.size() <= MAXIMAAL_OP_PAGINA) {
            return verschillen;
        }
        return verschillen.stream()
                .sorted(Comparator.comparing(Vergelijking.Verschil::ontbreektToelichting)
                        .thenComparing(Vergelijking.Verschil::toelichtingNodig)
                        .reversed()
                        .thenComparing(v -> v.verschil().abs(), Comparator.reverseOrder()))
                .limit(MAXIMAAL_OP_PAGINA)
                .toList();
    }

    /** Whether the page shows fewer lines of the comparison than there are. */
    public boolean ingekort() {
        return verschillen.size() > MAXIMAAL_OP_PAGINA;
    }

    /** How many lines of the comparison the page shows ({@link #opvallendsteVerschillen}, without sorting them). */
    public int aantalGetoond() {
        return Math.min(verschillen.size(), MAXIMAAL_OP_PAGINA);
    }

    public long aantalOntbrekendeToelichtingen() {
        return verschillen.stream()
                .filter(Vergelijking.Verschil::ontbreektToelichting)
                .count();
    }
}
