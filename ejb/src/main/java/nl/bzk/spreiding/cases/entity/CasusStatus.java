package nl.bzk.spreiding.cases.entity;

import java.util.Map;
import java.util.Set;

/** MELDING -> IN_BEHANDELING -> ADVIES_UITGEBRACHT -> BESLOTEN, or via VOORGELEGD_AAN_MR when the minister disagrees. */
public enum CasusStatus {
    MELDING, IN_BEHANDELING, ADVIES_UITGEBRACHT, VOORGELEGD_AAN_MR, BESLOTEN;

    private static final Map<CasusStatus, Set<CasusStatus>> VOLGENDE = Map.of(
            MELDING, Set.of(IN_BEHANDELING),
            IN_BEHANDELING, Set.of(ADVIES_UITGEBRACHT),
            ADVIES_UITGEBRACHT, Set.of(BESLOTEN, VOORGELEGD_AAN_MR),
            VOORGELEGD_AAN_MR, Set.of(BESLOTEN),
            BESLOTEN, Set.of());

    public boolean magNaar(CasusStatus volgende) {
        return VOLGENDE.get(this).contains(volgende);
    }

    public Set<CasusStatus> volgende() {
        return VOLGENDE.get(this);
    }
}
