package nl.bzk.spreiding.submission.entity;

import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.platform.Benoemd;

/** A round is prepared, then opened by BZK for submissions, then closed (and may be reopened). */
public enum RondeStatus implements Benoemd {
    GEPLAND("Gepland"),
    OPEN("Open"),
    GESLOTEN("Gesloten");

    private static final Map<RondeStatus, Set<RondeStatus>> VOLGENDE = Map.of(
            GEPLAND, Set.of(OPEN),
            OPEN, Set.of(GESLOTEN),
            GESLOTEN, Set.of(OPEN));

    private final String label;

    RondeStatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    public boolean magNaar(RondeStatus volgende) {
        return VOLGENDE.get(this).contains(volgende);
    }
}
