package nl.bzk.spreiding.submission.bestand;

import java.util.List;
import nl.bzk.spreiding.platform.Bevinding;

/** The rows read from a file, and what made the file itself unreadable (then no rows are used). */
public record Ingelezen<T>(List<T> regels, List<Bevinding> fouten) {}
