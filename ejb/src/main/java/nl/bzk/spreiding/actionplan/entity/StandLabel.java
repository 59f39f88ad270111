package nl.bzk.spreiding.actionplan.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** How far an action of Bijlage 2 has come, as the ministry reports it. */
public enum StandLabel implements Benoemd {
    NIET_GESTART("Niet gestart"),
    LOPEND("Lopend"),
    VERTRAAGD("Vertraagd"),
    GEREED("Gereed");

    private final String label;

    StandLabel(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
