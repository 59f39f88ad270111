package nl.bzk.spreiding.submission.entity;

import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.platform.Benoemd;

/** The submission's workflow: CONCEPT -> INGEDIEND -> (TERUGGESTUURD -> INGEDIEND)* -> GOEDGEKEURD. */
public enum AanleveringStatus implements Benoemd {
    CONCEPT("Concept"),
    INGEDIEND("Ingediend"),
    TERUGGESTUURD("Teruggestuurd"),
    GOEDGEKEURD("Goedgekeurd");

    private static final Map<AanleveringStatus, Set<AanleveringStatus>> VOLGENDE = Map.of(
            CONCEPT, Set.of(INGEDIEND),
            INGEDIEND, Set.of(TERUGGESTUURD, GOEDGEKEURD),
            TERUGGESTUURD, Set.of(INGEDIEND),
            GOEDGEKEURD, Set.of());

    private final String label;

    AanleveringStatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    /** The ministry may change the figures only while it holds the submission. */
    public boolean isBewerkbaar() {
        return this == CONCEPT || this == TERUGGESTUURD;
    }

    public boolean magNaar(AanleveringStatus volgende) {
        return VOLGENDE.get(this).contains(volgende);
    }
}
