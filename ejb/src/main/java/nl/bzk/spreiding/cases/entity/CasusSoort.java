package nl.bzk.spreiding.cases.entity;

import nl.bzk.spreiding.platform.Benoemd;

public enum CasusSoort implements Benoemd {
    GROEI("Groei"),
    KRIMP("Krimp"),
    VERPLAATSING("Verplaatsing"),
    NIEUWE_DIENST("Nieuwe dienst"),
    MASTERPLAN("Masterplan");

    private final String label;

    CasusSoort(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
