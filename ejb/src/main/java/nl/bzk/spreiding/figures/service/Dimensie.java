package nl.bzk.spreiding.figures.service;

/** What figures can be grouped by; the JPQL path is fixed here, never taken from user input. */
public enum Dimensie {
    PROVINCIE("r.provincie.code"),
    SECTOR("r.onderdeel.sector.code"),
    MINISTERIE("r.aanlevering.ministerie.code"),
    ONDERDEEL("r.onderdeel.code"),
    JAAR("r.aanlevering.ronde.jaar");

    final String pad;

    Dimensie(String pad) {
        this.pad = pad;
    }
}
