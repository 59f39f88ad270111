package nl.bzk.spreiding.submission.service;

/**
 * One line of the historical series as it arrived from the file, before checking: all values as text. rij is the row
 * number shown to the user (1 = the first data row).
 */
public record ReeksInvoer(int rij, String jaar, String onderdeel, String provincie, String gemeente, String fte) {}
