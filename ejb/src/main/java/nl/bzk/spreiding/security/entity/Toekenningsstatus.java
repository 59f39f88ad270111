package nl.bzk.spreiding.security.entity;

import nl.bzk.spreiding.platform.Benoemd;

/** Where a grant of a sensitive role stands (issue 30). */
public enum Toekenningsstatus implements Benoemd {
    WACHT_OP_TWEEDE_BEHEERDER("Wacht op een tweede beheerder"),
    VERLEEND("Verleend"),
    AFGEWEZEN("Afgewezen");

    private final String label;

    Toekenningsstatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }
}
