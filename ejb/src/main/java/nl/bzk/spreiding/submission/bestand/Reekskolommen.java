package nl.bzk.spreiding.submission.bestand;

import java.util.List;
import java.util.function.Function;
import nl.bzk.spreiding.submission.service.ReeksInvoer;

/**
 * The columns of a historical-series file (docs/submissions.md, "Historische reeks"): jaar, onderdeel, provincie and
 * fte are required, gemeente is optional; the informative name columns of an export (naam, provincienaam, ministerie)
 * are ignored.
 */
public record Reekskolommen() implements Kolomindeling<ReeksInvoer> {

    public static final List<String> KOLOMMEN = List.of("jaar", "onderdeel", "provincie", "gemeente", "fte");

    @Override
    public List<String> alle() {
        return KOLOMMEN;
    }

    @Override
    public List<String> verplicht() {
        return List.of("jaar", "onderdeel", "provincie", "fte");
    }

    @Override
    public List<String> genegeerd() {
        return List.of("naam", "provincienaam", "ministerie");
    }

    @Override
    public ReeksInvoer rij(int rij, Function<String, String> waarde) {
        return new ReeksInvoer(
                rij,
                waarde.apply("jaar"),
                waarde.apply("onderdeel"),
                waarde.apply("provincie"),
                waarde.apply("gemeente"),
                waarde.apply("fte"));
    }
}
