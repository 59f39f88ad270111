package nl.bzk.spreiding.archive.ondertekening;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an archivist sees about a signed document: every check with its outcome and a Dutch explanation, and whether
 * all of them passed.
 */
public record Verificatierapport(boolean geldig, String ondertekenaar, String uitgever, OffsetDateTime ondertekendOp, String niveau,
                                 List<Controle> controles) {

    public record Controle(String naam, boolean geslaagd, String toelichting) {
    }
}
