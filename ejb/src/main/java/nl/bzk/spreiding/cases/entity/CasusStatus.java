package nl.bzk.spreiding.cases.entity;

import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.platform.Benoemd;

/**
 * The workflow of a case, as a state machine: MELDING -> IN_BEHANDELING -> ADVIES_UITGEBRACHT -> BESLOTEN, or via
 * VOORGELEGD_AAN_MR when the minister disagrees. Who may still change the description is decided here too.
 */
public enum CasusStatus implements Benoemd {
    MELDING("Gemeld"),
    IN_BEHANDELING("In behandeling"),
    ADVIES_UITGEBRACHT("Advies uitgebracht"),
    VOORGELEGD_AAN_MR("Voorgelegd aan de ministerraad"),
    BESLOTEN("Besloten");

    private static final Map<CasusStatus, Set<CasusStatus>> VOLGENDE = Map.of(
            MELDING, Set.of(IN_BEHANDELING),
            IN_BEHANDELING, Set.of(ADVIES_UITGEBRACHT),
            ADVIES_UITGEBRACHT, Set.of(BESLOTEN, VOORGELEGD_AAN_MR),
            VOORGELEGD_AAN_MR, Set.of(BESLOTEN),
            BESLOTEN, Set.of());

    private final String label;

    CasusStatus(String label) {
        this.label = label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    public boolean magNaar(CasusStatus volgende) {
        return VOLGENDE.get(this).contains(volgende);
    }

    public Set<CasusStatus> volgende() {
        return VOLGENDE.get(this);
    }

    /** A ministry contact changes a case only while it is a melding; BZK until it is decided. */
    public boolean isBewerkbaarDoor(boolean bzk) {
        return this != BESLOTEN && (bzk || this == MELDING);
    }

    /** Why a case in this status cannot be changed (by a contact, or by anyone once decided). */
    public String waaromVast() {
        return this == BESLOTEN
                ? "Over deze casus is besloten; zij kan niet meer worden gewijzigd"
                : "Deze casus is bij BZK in behandeling; wijzigingen lopen nu via BZK";
    }
}
