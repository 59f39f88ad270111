package nl.bzk.spreiding.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The password of the embedded H2 database, for the default set-up only: generated at random on first start and kept
 * in an owner-only file next to the database ({@code database.wachtwoord}), as the signing key's password is. The
 * database folder and its files are made owner-only, so no other local user can read the database or its lock file.
 * <p>
 * A MicroProfile Config source because the data source is defined with {@code ${MPCONFIG=spreiding.db.password}}
 * and resolved when the application is deployed, before any bean runs. It answers only when the configured URL is an
 * H2 file and no password is configured elsewhere (its ordinal is below every other source), so PostgreSQL and explicit
 * settings are never touched. A database made by an older version with the password "sa" is given the new password once.
 */
public class IngebouwdeDatabase implements ConfigSource {

    static final String WACHTWOORD = "spreiding.db.password";
    static final String BESTAND = "database.wachtwoord";
    private static final Logger LOG = Logger.getLogger(IngebouwdeDatabase.class.getName());
    private static final String OUD_WACHTWOORD = "sa";

    private volatile String wachtwoord;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(WACHTWOORD);
    }

    @Override
    public Map<String, String> getProperties() {
        String w = getValue(WACHTWOORD);
        return w == null ? Map.of() : Map.of(WACHTWOORD, w);
    }

    @Override
    public String getValue(String naam) {
        if (!WACHTWOORD.equals(naam)) {
            return null;
        }
        String url = instelling("spreiding.db.url");
        if (map(url) == null) {
            return null;
        }
        if (wachtwoord == null) {
            synchronized (this) {
                if (wachtwoord == null) {
                    wachtwoord = laadOfMaak(url, instelling("spreiding.db.user"));
                }
            }
        }
        return wachtwoord;
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "Spreiding: wachtwoord van de ingebouwde database";
    }

    /** The folder of an embedded H2 file database, or null for any other URL. */
    public static Path map(String url) {
        return url == null || !url.startsWith("jdbc:h2:file:")
                ? null
                : databasebestand(url).getParent();
    }

    /** The database path of an H2 file URL, without H2's ".mv.db". */
    private static Path databasebestand(String url) {
        return Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0])
                .toAbsolutePath()
                .normalize();
    }

    static String laadOfMaak(String url, String gebruiker) {
        Path map = map(url);
        Path bestand = map.resolve(BESTAND);
        try {
            alleenEigenaar(map);
            if (Files.exists(bestand)) {
                return Files.readString(bestand, StandardCharsets.UTF_8).strip();
            }
            byte[] willekeurig = new byte[24];
            new SecureRandom().nextBytes(willekeurig);
            String nieuw = Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
            if (Files.exists(Path.of(databasebestand(url) + ".mv.db"))) {
                vervangOudWachtwoord(url, gebruiker, nieuw);
            }
            Files.writeString(
                    bestand, nieuw, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            alleenEigenaar(map);
            LOG.info(() -> "Wachtwoord van de ingebouwde database aangemaakt in " + bestand
                    + " (alleen leesbaar voor de eigenaar)");
            return nieuw;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Kan het wachtwoord van de ingebouwde database niet bewaren in " + bestand, e);
        }
    }

    /** The folder and its sub-folders rwx------, every file rw------- (where the file system knows POSIX permissions). */
    public static void alleenEigenaar(Path map) throws IOException {
        Files.createDirectories(map);
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var bestanden = Files.walk(map)) {
            for (Path p : bestanden.toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
            }
        }
    }

    private static void vervangOudWachtwoord(String url, String gebruiker, String nieuw) {
        String zonderServer = url.replaceAll("(?i);AUTO_SERVER=TRUE", "");
        try (Connection c = DriverManager.getConnection(
                        zonderServer, gebruiker == null ? "sa" : gebruiker, OUD_WACHTWOORD);
                PreparedStatement ps = c.prepareStatement(
                        "ALTER USER \"" + (gebruiker == null ? "SA" : gebruiker.toUpperCase()) + "\" SET PASSWORD ?")) {
            ps.setString(1, nieuw);
            ps.execute();
            LOG.warning(
                    "De ingebouwde database had het oude standaardwachtwoord; dat is vervangen door een willekeurig wachtwoord");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "De bestaande ingebouwde database " + url + " heeft geen standaardwachtwoord en er is geen "
                            + BESTAND + ". Stel spreiding.db.password in, of verwijder de map om opnieuw te beginnen: "
                            + e.getMessage(),
                    e);
        }
    }

    /** System property, then environment variable, then the packaged defaults: what MicroProfile Config would give. */
    private static String instelling(String sleutel) {
        String waarde = System.getProperty(sleutel);
        if (waarde == null) {
            waarde = System.getenv(sleutel.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        if (waarde == null) {
            Properties standaard = new Properties();
            try (InputStream in =
                    IngebouwdeDatabase.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
                if (in != null) {
                    standaard.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            waarde = standaard.getProperty(sleutel);
        }
        return waarde;
    }
}
