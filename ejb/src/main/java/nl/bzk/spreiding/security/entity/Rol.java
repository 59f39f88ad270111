package nl.bzk.spreiding.security.entity;

/** The roles of Spreiding; the names are also the Jakarta Security groups and roles. */
public enum Rol {
    MINISTRY_CONTACT,
    BZK_COORDINATOR,
    ARCHIVIST,
    ADMIN;

    public static final String MINISTRY_CONTACT_NAAM = "MINISTRY_CONTACT";
    public static final String BZK_COORDINATOR_NAAM = "BZK_COORDINATOR";
    public static final String ARCHIVIST_NAAM = "ARCHIVIST";
    public static final String ADMIN_NAAM = "ADMIN";

    /**
     * The principal of start-up tasks that run with a role (@RunAs, glassfish-ejb-jar.xml). It contains a space, which
     * no login name may contain (Gebruiker and a database constraint), so nobody can sign in as it.
     */
    public static final String SYSTEEMTAAK = "spreiding systeemtaak";
}
