package nl.bzk.spreiding.actionplan.entity;

public enum StandLabel {
    NIET_GESTART, LOPEND, VERTRAAGD, GEREED
}
