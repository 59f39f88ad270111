package nl.bzk.spreiding.submission.service;

/** BZK accepted or returned a submission: the figures of its year (and what depends on them) changed. */
public record AanleveringBeoordeeld(long aanlevering, int jaar) {}
