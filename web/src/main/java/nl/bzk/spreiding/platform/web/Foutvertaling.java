package nl.bzk.spreiding.platform.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.bzk.spreiding.platform.Fout;

/**
 * What an error means for the user, in one place for API and pages: a status and a Dutch message, never an exception
 * text or class name. Unexpected errors get a reference that is logged with the details, so a user can quote it.
 */
public final class Foutvertaling {

    private static final Logger LOG = Logger.getLogger(Foutvertaling.class.getName());
    private static final SecureRandom WILLEKEURIG = new SecureRandom();

    public record Vertaald(int status, String melding, String referentie) {}

    private Foutvertaling() {}

    public static Vertaald vertaal(Throwable fout) {
        Vertaald bekend = bekend(fout);
        if (bekend != null) {
            LOG.fine(() -> "Geweigerd (" + bekend.status() + "): " + fout);
            return bekend;
        }
        String referentie = referentie();
        LOG.log(Level.SEVERE, "Onverwachte fout, referentie " + referentie, fout);
        return new Vertaald(
                500,
                "Er ging iets mis aan de kant van Spreiding; er is niets gewijzigd. Probeer het later opnieuw of "
                        + "meld het met referentie " + referentie + ".",
                referentie);
    }

    public static String referentie() {
        byte[] b = new byte[4];
        WILLEKEURIG.nextBytes(b);
        return HexFormat.of().formatHex(b).toUpperCase(Locale.ROOT);
    }

    private static Vertaald bekend(Throwable fout) {
        // A body cut off at its bound surfaces wrapped in whatever was reading it (a JSON parser, say): that comes
        // first.
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Verzoekgrootte.TeGroot) {
                return new Vertaald(413, "Het verzoek is te groot; er is niets opgeslagen.", null);
            }
        }
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Fout f) {
                if (f.getSoort() == Fout.Soort.STORING) {
                    String referentie = referentie();
                    LOG.log(Level.SEVERE, "Storing, referentie " + referentie, f);
                    return new Vertaald(
                            500, f.getMessage() + " of meld het met referentie " + referentie + ".", referentie);
                }
                return new Vertaald(
                        switch (f.getSoort()) {
                            case ONGELDIG -> 400;
                            case NIET_GEVONDEN -> 404;
                            case GEEN_TOEGANG -> 403;
                            case CONFLICT -> 409;
                            case BEZET -> 503;
                            case TE_VAAK -> 429;
                            case STORING -> 500;
                        },
                        f.getMessage(),
                        null);
            }
            // A refused EJB call, however the container words it: EJBAccessException for a business view, and
            // AccessLocalException or RMI's AccessException for other views (these were a 500, issue 30 finding 9).
            if (t instanceof EJBAccessException
                    || t instanceof AccessLocalException
                    || t.getClass().getName().equals("java.rmi.AccessException")) {
                return new Vertaald(403, "U heeft geen rechten voor deze handeling", null);
            }
            if (t.getClass().getName().equals("jakarta.faces.application.ViewExpiredException")) {
                return new Vertaald(
                        400,
                        "De pagina is verlopen of niet meer geldig. Laad haar opnieuw; er is niets opgeslagen van de "
                                + "laatste handeling.",
                        null);
            }
            // EclipseLink may raise its own OptimisticLockException instead of the JPA one.
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return new Vertaald(
                        409,
                        "De gegevens zijn intussen door iemand anders gewijzigd. Laad ze opnieuw en voer uw wijziging "
                                + "nogmaals uit.",
                        null);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                Vertaald database = database(sql.getSQLState());
                if (database != null) {
                    return database;
                }
            }
            if (t instanceof WebApplicationException web) {
                return http(web.getResponse().getStatus());
            }
            String naam = t.getClass().getName();
            if (naam.startsWith("jakarta.json.")
                    || naam.equals("jakarta.ws.rs.ProcessingException")
                    || naam.startsWith("org.eclipse.yasson.")
                    || naam.startsWith("com.fasterxml.jackson.")) {
                return new Vertaald(
                        400, "De gegevens zijn geen geldige JSON of passen niet bij wat hier verwacht wordt.", null);
            }
            if (t instanceof NumberFormatException
                    || t instanceof DateTimeParseException
                    || t instanceof IllegalArgumentException) {
                return new Vertaald(
                        400,
                        "Een waarde in het verzoek is ongeldig (een onbekende code, een te groot getal of een "
                                + "onleesbare datum).",
                        null);
            }
        }
        return null;
    }

    /** Races and over-long values that only the database noticed (SQLSTATE classes 22 and 23). */
    private static Vertaald database(String sqlState) {
        return switch (sqlState) {
            case "23505" ->
                new Vertaald(409, "Dit bestaat al (iemand anders was u net voor). Laad de gegevens opnieuw.", null);
            case "23503" ->
                new Vertaald(409, "Dit hangt samen met gegevens die intussen zijn gewijzigd of verwijderd.", null);
            case "22001", "22003" -> new Vertaald(400, "Een waarde is te lang of te groot om op te slaan.", null);
            case "23502", "23514" -> new Vertaald(400, "Een waarde ontbreekt of is niet toegestaan.", null);
            default -> null;
        };
    }

    public static Vertaald http(int status) {
        return new Vertaald(
                status,
                switch (status) {
                    case 400 -> "Het verzoek is ongeldig.";
                    case 401 -> "U bent niet ingelogd.";
                    case 403 -> "U heeft geen rechten voor deze handeling";
                    case 404 -> "Niet gevonden.";
                    case 405 -> "Deze handeling is hier niet mogelijk.";
                    case 406 -> "Dit formaat kan hier niet worden geleverd.";
                    case 413 -> "Het verzoek is te groot; er is niets opgeslagen.";
                    case 415 -> "Dit soort gegevens wordt hier niet geaccepteerd.";
                    default ->
                        status >= 500
                                ? "Er ging iets mis aan de kant van Spreiding; er is niets gewijzigd."
                                : "Het verzoek is niet uitgevoerd.";
                },
                null);
    }
}
