package nl.bzk.spreiding.documents.entity;

/** CONCEPT while being written; ACTIEF is the one used by default (one per type); VERVALLEN once replaced. */
public enum SjabloonStatus {
    CONCEPT, ACTIEF, VERVALLEN
}
