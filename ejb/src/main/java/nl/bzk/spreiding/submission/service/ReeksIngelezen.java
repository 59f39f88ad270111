package nl.bzk.spreiding.submission.service;

import java.util.List;

/** BZK imported (or replaced) years of the historical series: the figures of those years changed. */
public record ReeksIngelezen(List<Integer> jaren) {}
