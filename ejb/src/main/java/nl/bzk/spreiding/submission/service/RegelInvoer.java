package nl.bzk.spreiding.submission.service;

import java.util.List;

/**
 * One submission line as it arrived (from the grid, the API or a file), before checking: all values as text.
 * rij is the row number shown to the user (1 = first data row).
 */
public record RegelInvoer(
        int rij,
        String onderdeel,
        String provincie,
        String gemeente,
        String fte,
        List<String> prognose,
        String toelichting) {}
