package nl.bzk.spreiding.submission.entity;

/** CONCEPT -> INGEDIEND -> (TERUGGESTUURD -> INGEDIEND)* -> GOEDGEKEURD. */
public enum AanleveringStatus {
    CONCEPT, INGEDIEND, TERUGGESTUURD, GOEDGEKEURD;

    /** The ministry may change the figures only while it holds the submission. */
    public boolean isBewerkbaar() {
        return this == CONCEPT || this == TERUGGESTUURD;
    }
}
