package nl.bzk.spreiding.dossier.entity;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * Whoever acts on a letter dossier, as the route's rules need them: login name, display name, the roles of the
 * session, and since when the account holds its roles ({@code rollenSinds}; null for accounts from before that was
 * kept, issue 30).
 */
public record Deelnemer(String wie, String naam, Set<Rol> rollen, OffsetDateTime rollenSinds) {

    public Deelnemer {
        rollen = rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
    }

    /**
     * Did the account hold its roles when version {@code v} was made? An account created or given a role afterwards
     * takes no step on that version: otherwise an administrator could make a reviewer or signer for a version that is
     * already waiting (issue 30, finding 3).
     */
    public boolean hadRollenBij(Dossierversie v) {
        return rollenSinds == null || !rollenSinds.isAfter(v.getGemaaktOp());
    }
}
