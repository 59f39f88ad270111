package nl.bzk.spreiding.submission.entity;

/** A round is prepared, then opened by BZK for submissions, then closed. */
public enum RondeStatus {
    GEPLAND, OPEN, GESLOTEN
}
