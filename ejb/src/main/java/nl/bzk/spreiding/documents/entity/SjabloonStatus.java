package nl.bzk.spreiding.documents.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** CONCEPT while being written; ACTIEF is the one used by default (one per type); VERVALLEN once replaced. */
public enum SjabloonStatus implements Benoemd {
    CONCEPT("Concept"),
    ACTIEF("Actief"),
    VERVALLEN("Vervallen");

    private final String label;

    SjabloonStatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
