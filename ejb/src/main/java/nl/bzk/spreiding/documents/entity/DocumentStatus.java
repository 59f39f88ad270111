package nl.bzk.spreiding.documents.entity;

/** A generated document is a CONCEPT until a coordinator finalises it (signing and archiving: see docs/documents.md). */
public enum DocumentStatus {
    CONCEPT,
    /** Finalised by a coordinator: signed and archived (see the archive capability); never changes again. */
    DEFINITIEF
}
