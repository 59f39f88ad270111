package nl.bzk.spreiding.dossier.entity;

/** Where the route resumes when a returned dossier is submitted again with a new version. */
public enum Herstart {
    OPNIEUW("Bij stap 1: alle paraafhouders beoordelen de nieuwe versie"),
    VANAF_TERUGSTURENDE_STAP("Bij de stap die terugstuurde: eerdere paraafhouders worden overgeslagen");

    private final String label;

    Herstart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
