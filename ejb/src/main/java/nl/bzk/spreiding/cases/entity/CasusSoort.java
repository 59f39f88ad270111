package nl.bzk.spreiding.cases.entity;

public enum CasusSoort {
    GROEI, KRIMP, VERPLAATSING, NIEUWE_DIENST, MASTERPLAN
}
