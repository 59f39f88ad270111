package nl.bzk.spreiding.submission.bestand;

import java.util.List;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.submission.service.RegelInvoer;

/** The rows read from a file, and what made the file itself unreadable (then no rows are used). */
public record Ingelezen(List<RegelInvoer> regels, List<Bevinding> fouten) {}
