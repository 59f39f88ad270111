package nl.bzk.spreiding.dossier.entity;

import java.util.EnumSet;
import java.util.Set;
import nl.bzk.spreiding.platform.Benoemd;

/**
 * Where a letter dossier stands in its route. The allowed transitions live here and nowhere else: the dossier asks
 * {@link #magNaar} before it changes, pages and resources ask the dossier.
 */
public enum DossierStatus implements Benoemd {
    /** The drafter writes texts and makes versions; also after a reviewer returned it. */
    IN_BEWERKING("In bewerking"),
    /** A version is on its way past the reviewers, one step at a time. */
    IN_BEOORDELING("In beoordeling"),
    /** Every step approved the current version; it waits for the signer. */
    GOEDGEKEURD("Goedgekeurd, klaar voor ondertekening"),
    /** Signed and archived; the dossier never changes again. */
    ONDERTEKEND("Ondertekend en gearchiveerd");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    private Set<DossierStatus> volgende() {
        return switch (this) {
            // a new version restarts drafting from any open state
            case IN_BEWERKING -> EnumSet.of(IN_BEWERKING, IN_BEOORDELING);
            case IN_BEOORDELING -> EnumSet.of(IN_BEOORDELING, IN_BEWERKING, GOEDGEKEURD);
            case GOEDGEKEURD -> EnumSet.of(IN_BEWERKING, ONDERTEKEND);
            case ONDERTEKEND -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    public boolean magNaar(DossierStatus doel) {
        return volgende().contains(doel);
    }

    /** Texts can be edited and versions made only while the dossier is open (not signed). */
    public boolean isOpen() {
        return this != ONDERTEKEND;
    }
}
