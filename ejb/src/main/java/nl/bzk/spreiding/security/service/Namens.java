package nl.bzk.spreiding.security.service;

import java.security.Principal;
import java.util.Objects;
import java.util.function.Supplier;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * Who acts: the signed-in caller, or, for one of the application's own start-up tasks, the account it acts for. The
 * demo walks its letter dossier through the route as the demo drafter, reviewers and signer (issue 31), so the
 * four-eyes rules are checked on those persons as on people using the pages. Only the run-as principal
 * {@link Rol#SYSTEEMTAAK} can act for someone; no login can carry that name (it has a space), so no person signed in
 * through a page or the API can make use of this.
 */
public final class Namens {

    private static final ThreadLocal<String> ACCOUNT = new ThreadLocal<>();

    private Namens() {}

    /** Runs {@code werk} on this thread acting for {@code gebruikersnaam}; local EJB calls stay on the thread. */
    public static <T> T uitvoeren(String gebruikersnaam, Supplier<T> werk) {
        Objects.requireNonNull(gebruikersnaam);
        String vorige = ACCOUNT.get();
        ACCOUNT.set(gebruikersnaam);
        try {
            return werk.get();
        } finally {
            if (vorige == null) {
                ACCOUNT.remove();
            } else {
                ACCOUNT.set(vorige);
            }
        }
    }

    /**
     * The login name of whoever acts: the caller's, unless the caller is a start-up task acting for an account.
     *
     * @return the account a system task acts for, else the caller's name
     */
    public static String wie(Principal aanroeper) {
        return voorAccount(aanroeper) ? ACCOUNT.get() : aanroeper.getName();
    }

    /** True when a start-up task acts for an account (then that account's own roles count, not the run-as role). */
    public static boolean voorAccount(Principal aanroeper) {
        return Rol.SYSTEEMTAAK.equals(aanroeper.getName()) && ACCOUNT.get() != null;
    }
}
