package nl.bzk.spreiding.submission.service;

import nl.bzk.spreiding.platform.Nederlands;

/**
 * The bounds on what a ministry contact can send, the same for every entry path (page grid, JSON API, CSV and XLSX
 * files). Files are refused as soon as a bound is passed while reading, before the next row is even looked at.
 * docs/submissions.md and docs/security.md list them.
 */
public final class Invoergrenzen {

    /** A file as uploaded (compressed, for XLSX); a full submission of 400 units x 13 provinces is far below it. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Data rows of a file or lines of a request; empty rows of a file count too. */
    public static final int MAX_RIJEN = 20_000;
    /** Cells in one row of a file (the layout has at most 13 columns). */
    public static final int MAX_CELLEN_PER_RIJ = 50;
    /** Characters in one cell; the longest field (toelichting) allows 2000 and says so itself. */
    public static final int MAX_TEKENS_PER_CEL = 10_000;
    /** Parts (files) inside an XLSX package; Excel writes about ten. */
    public static final int MAX_ZIP_ONDERDELEN = 100;
    /** Uncompressed bytes of one part of an XLSX package (the sheet, the shared strings). */
    public static final long MAX_UITGEPAKT_PER_ONDERDEEL = 20L * 1024 * 1024;
    /** Uncompressed bytes of all parts together. */
    public static final long MAX_UITGEPAKT_TOTAAL = 50L * 1024 * 1024;

    private Invoergrenzen() {}

    /** Dutch thousands separator for the messages ("20.000"). */
    static String getal(long waarde) {
        return Nederlands.geheel(waarde);
    }

    public static String teVeelRijen() {
        return "Er zijn meer dan " + getal(MAX_RIJEN)
                + " rijen (lege rijen tellen mee); splits de aanlevering niet, maar verwijder lege rijen";
    }
}
