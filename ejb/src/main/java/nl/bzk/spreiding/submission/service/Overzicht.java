package nl.bzk.spreiding.submission.service;

import java.math.BigDecimal;
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

    public long aantalOntbrekendeToelichtingen() {
        return verschillen.stream()
                .filter(Vergelijking.Verschil::ontbreektToelichting)
                .count();
    }
}
