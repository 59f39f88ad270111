package nl.bzk.spreiding.submission.service;

/**
 * A round was opened, closed or reopened, or its expected ministries changed: whether its year counts as definitief
 * may have changed (issue 31), so the figures are computed again.
 */
public record RondeGewijzigd(int jaar) {}
