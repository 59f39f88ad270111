package nl.bzk.spreiding.dossier.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** Where the route resumes when a returned dossier is submitted again with a new version. */
public enum Herstart implements Benoemd {
    OPNIEUW("Bij stap 1: alle paraafhouders beoordelen de nieuwe versie"),
    VANAF_TERUGSTURENDE_STAP("Bij de stap die terugstuurde: eerdere paraafhouders worden overgeslagen");

    private final String label;

    Herstart(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
