package nl.bzk.spreiding.referentie.service;

/** An organisation unit was added or changed (name, sector, active): names and groupings of the figures changed. */
public record Referentiegewijzigd(String onderdeel) {}
