package nl.bzk.spreiding.security.entity;

import java.util.Arrays;
import java.util.Optional;
import nl.bzk.spreiding.platform.Benoemd;

/** The roles of Spreiding; the names are also the Jakarta Security groups and roles. */
public enum Rol implements Benoemd {
    MINISTRY_CONTACT("Contactpersoon ministerie"),
    BZK_COORDINATOR("Coördinator BZK"),
    ARCHIVIST("Archivaris"),
    ADMIN("Beheerder"),
    /** Signs the letter set once every step of its approval route has approved it (issue 16). */
    ONDERTEKENAAR("Ondertekenaar");

    private final String omschrijving;

    Rol(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The role as people read it (pages, e-mails); the code only where a file format or API needs it. */
    @Override
    public String getLabel() {
        return omschrijving;
    }

    /**
     * Roles that together could produce a signed letter (the coordinator drafts and approves, the signer signs, the
     * administrator makes accounts): granting one needs a second administrator once two are active (issue 30).
     */
    public boolean isGevoelig() {
        return this == BZK_COORDINATOR || this == ONDERTEKENAAR || this == ADMIN;
    }

    /** A role from its code as an API client sends it; refused with a Dutch message when unknown. */
    public static Optional<Rol> van(String code) {
        return Arrays.stream(values())
                .filter(r -> r.name().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    public static final String MINISTRY_CONTACT_NAAM = "MINISTRY_CONTACT";
    public static final String BZK_COORDINATOR_NAAM = "BZK_COORDINATOR";
    public static final String ARCHIVIST_NAAM = "ARCHIVIST";
    public static final String ADMIN_NAAM = "ADMIN";
    public static final String ONDERTEKENAAR_NAAM = "ONDERTEKENAAR";

    /**
     * The principal of start-up tasks that run with a role (@RunAs, glassfish-ejb-jar.xml). It contains a space, which
     * no login name may contain (Gebruiker and a database constraint), so nobody can sign in as it.
     */
    public static final String SYSTEEMTAAK = "spreiding systeemtaak";

    /** How pages name what {@link #SYSTEEMTAAK} did (a shipped template, the demo archive). */
    public static final String SYSTEEMTAAK_WEERGAVE = "Spreiding (systeemtaak)";
}
