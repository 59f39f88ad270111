package nl.bzk.spreiding.submission.bestand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.platform.Bevinding;

/**
 * The column layout of a submission file (docs/submissions.md): the header row names the columns, in any
 * order and case. Required: onderdeel, provincie, fte and prognose_JJJJ for each prognosis year. Optional:
 * gemeente, toelichting. Informative columns of the template (naam, fte_vorig_jaar) are ignored.
 */
public final class Kolommen {

    static final List<String> GENEGEERD = List.of("naam", "provincienaam", "fte_vorig_jaar");

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> prognose;

    private Kolommen(List<String> prognose) {
        this.prognose = prognose;
    }

    public static List<String> verplicht(List<String> prognose) {
        List<String> verplicht = new ArrayList<>(List.of("onderdeel", "provincie", "fte"));
        verplicht.addAll(prognose);
        return verplicht;
    }

    public static List<String> alle(List<String> prognose) {
        List<String> alle = new ArrayList<>(List.of("onderdeel", "provincie", "gemeente", "fte"));
        alle.addAll(prognose);
        alle.add("toelichting");
        return alle;
    }

    /** Reads the header; problems are added to fouten (and the result is then unusable). */
    static Kolommen lees(List<String> kop, List<String> prognose, List<Bevinding> fouten) {
        Kolommen kolommen = new Kolommen(prognose);
        List<String> bekend = alle(prognose);
        for (int i = 0; i < kop.size(); i++) {
            String naam = kop.get(i) == null ? "" : kop.get(i).strip().toLowerCase(Locale.ROOT);
            if (naam.isEmpty() || GENEGEERD.contains(naam)) {
                continue;
            }
            if (!bekend.contains(naam)) {
                fouten.add(new Bevinding(
                        null, naam, null, "is geen bekende kolom; verwacht worden " + String.join(", ", bekend)));
            } else if (kolommen.index.putIfAbsent(naam, i) != null) {
                fouten.add(new Bevinding(null, naam, null, "komt twee keer voor in de kopregel"));
            }
        }
        List<String> ontbrekend = verplicht(prognose).stream()
                .filter(k -> !kolommen.index.containsKey(k))
                .toList();
        if (!ontbrekend.isEmpty()) {
            fouten.add(new Bevinding(
                    null,
                    String.join(", ", ontbrekend),
                    null,
                    (ontbrekend.size() == 1 ? "ontbreekt" : "ontbreken")
                            + " in de kopregel (eerste regel van het bestand)"));
        }
        return kolommen;
    }

    String waarde(List<String> cellen, String kolom) {
        Integer i = index.get(kolom);
        return i == null || i >= cellen.size() ? null : cellen.get(i);
    }

    List<String> prognose(List<String> cellen) {
        return prognose.stream().map(k -> waarde(cellen, k)).toList();
    }

    /** Cells beyond the known columns that hold something: a sign of a shifted row. */
    boolean heeftWaardeBuitenKolommen(List<String> cellen, int kopBreedte) {
        for (int i = kopBreedte; i < cellen.size(); i++) {
            if (cellen.get(i) != null && !cellen.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
