package nl.bzk.spreiding.dossier.entity;

/** What a reviewer decided on a version. */
public enum Besluit {
    GOEDGEKEURD("Geparafeerd"),
    TERUGGESTUURD("Teruggestuurd");

    private final String label;

    Besluit(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
