package nl.bzk.spreiding.dossier.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** What a reviewer decided on a version. */
public enum Besluit implements Benoemd {
    GOEDGEKEURD("Geparafeerd"),
    TERUGGESTUURD("Teruggestuurd");

    private final String label;

    Besluit(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
