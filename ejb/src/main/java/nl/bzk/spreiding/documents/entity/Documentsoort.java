package nl.bzk.spreiding.documents.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** The documents BZK sends to the Kamer; each has its own template line and snapshot needs. */
public enum Documentsoort implements Benoemd {
    KAMERBRIEF("Kamerbrief"),
    BIJLAGE_1_CIJFERS("Bijlage 1: cijfers (kaarten en tabellen)"),
    BIJLAGE_2_ACTIES("Bijlage 2: stand van zaken acties"),
    BESLISNOTA("Beslisnota");

    private final String omschrijving;

    Documentsoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    @Override
    public String getLabel() {
        return omschrijving;
    }
}
