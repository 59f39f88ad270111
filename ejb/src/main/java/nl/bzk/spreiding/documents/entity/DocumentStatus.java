package nl.bzk.spreiding.documents.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** A generated document is a CONCEPT until a coordinator finalises it (signing and archiving: see docs/documents.md). */
public enum DocumentStatus implements Benoemd {
    CONCEPT("Concept"),
    /** Finalised by a coordinator: signed and archived (see the archive capability); never changes again. */
    DEFINITIEF("Definitief");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
