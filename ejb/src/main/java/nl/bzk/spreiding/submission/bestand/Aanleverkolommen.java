package nl.bzk.spreiding.submission.bestand;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.bzk.spreiding.submission.service.RegelInvoer;

/**
 * The columns of a submission file (docs/submissions.md). Required: onderdeel, provincie, fte and prognose_JJJJ for
 * each prognosis year of the round. Optional: gemeente, toelichting. Informative columns of the template (naam,
 * provincienaam, fte_vorig_jaar) are ignored.
 */
public record Aanleverkolommen(List<String> prognose) implements Kolomindeling<RegelInvoer> {

    public Aanleverkolommen {
        prognose = List.copyOf(prognose);
    }

    @Override
    public List<String> alle() {
        List<String> alle = new ArrayList<>(List.of("onderdeel", "provincie", "gemeente", "fte"));
        alle.addAll(prognose);
        alle.add("toelichting");
        return alle;
    }

    @Override
    public List<String> verplicht() {
        List<String> verplicht = new ArrayList<>(List.of("onderdeel", "provincie", "fte"));
        verplicht.addAll(prognose);
        return verplicht;
    }

    @Override
    public List<String> genegeerd() {
        return List.of("naam", "provincienaam", "fte_vorig_jaar");
    }

    @Override
    public RegelInvoer rij(int rij, Function<String, String> waarde) {
        return new RegelInvoer(
                rij,
                waarde.apply("onderdeel"),
                waarde.apply("provincie"),
                waarde.apply("gemeente"),
                waarde.apply("fte"),
                prognose.stream().map(waarde).toList(),
                waarde.apply("toelichting"));
    }
}
