package nl.bzk.spreiding.archive.ondertekening;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What an archivist sees about a signed document: every check with its outcome and a Dutch explanation, whether all
 * of them passed, and DSS's own outcome in full (indication, chain, certificate, changes after signing).
 */
public record Verificatierapport(
        boolean geldig,
        String ondertekenaar,
        String uitgever,
        OffsetDateTime ondertekendOp,
        String niveau,
        List<Controle> controles,
        DssVerificatie.Uitkomst dss) {

    public record Controle(String naam, boolean geslaagd, String toelichting) {}

    /** The same report with more checks (the archive chain's), valid only when those pass too. */
    public Verificatierapport met(List<Controle> extra) {
        List<Controle> alle = new ArrayList<>(controles);
        alle.addAll(extra);
        return new Verificatierapport(
                geldig && extra.stream().allMatch(Controle::geslaagd),
                ondertekenaar,
                uitgever,
                ondertekendOp,
                niveau,
                alle,
                dss);
    }
}
