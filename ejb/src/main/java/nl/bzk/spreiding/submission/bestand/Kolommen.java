package nl.bzk.spreiding.submission.bestand;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.platform.Bevinding;

/** Where each column of a {@link Kolomindeling} stands in a file, read from its header row. */
final class Kolommen {

    private final Map<String, Integer> index = new HashMap<>();

    private Kolommen() {}

    /** Reads the header; problems are added to fouten (and the result is then unusable). */
    static Kolommen lees(List<String> kop, Kolomindeling<?> indeling, List<Bevinding> fouten) {
        Kolommen kolommen = new Kolommen();
        List<String> bekend = indeling.alle();
        for (int i = 0; i < kop.size(); i++) {
            String naam = kop.get(i) == null ? "" : kop.get(i).strip().toLowerCase(Locale.ROOT);
            if (naam.isEmpty() || indeling.genegeerd().contains(naam)) {
                continue;
            }
            if (!bekend.contains(naam)) {
                fouten.add(new Bevinding(
                        null, naam, null, "is geen bekende kolom; verwacht worden " + String.join(", ", bekend)));
            } else if (kolommen.index.putIfAbsent(naam, i) != null) {
                fouten.add(new Bevinding(null, naam, null, "komt twee keer voor in de kopregel"));
            }
        }
        List<String> ontbrekend = indeling.verplicht().stream()
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
