package nl.bzk.spreiding.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Direct JDBC access to the database the server under test uses, to check what really got stored.
 * The database is emptied once per test run, before the first server starts; test classes then share it
 * and use their own data so they do not depend on each other.
 */
public final class TestDatabase {

    private static boolean geleegd;

    private TestDatabase() {}

    static synchronized void leegEenmaal() {
        if (geleegd) {
            return;
        }
        geleegd = true;
        // The archive chain's anchor outside the database (Ketenanker) belongs to the database that is emptied here.
        try {
            Files.deleteIfExists(
                    Path.of(System.getProperty("it.work.dir", "target/it-work"), "archiefketen", "koppen.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String schema = System.getProperty("it.db.schema", "");
        try {
            if (url().startsWith("jdbc:h2:")) {
                Path map = Path.of(url().substring("jdbc:h2:file:".length()).split(";")[0])
                        .getParent();
                if (Files.isDirectory(map)) {
                    try (var bestanden = Files.list(map)) {
                        for (Path bestand : bestanden.toList()) {
                            Files.delete(bestand);
                        }
                    }
                }
            } else if (!schema.isBlank()) {
                try (Connection c = DriverManager.getConnection(url().split("\\?")[0], user(), password());
                        Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    s.execute("CREATE SCHEMA " + schema);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Kan de testdatabase niet leegmaken: " + e.getMessage(), e);
        }
    }

    public static Connection verbinding() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** Rows of a query as column-name to value maps (lower-case names). */
    public static List<Map<String, Object>> rijen(String sql, Object... parameters) {
        try (Connection c = verbinding()) {
            return rijen(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The same on a connection of the caller's (another database than the suite's). */
    public static List<Map<String, Object>> rijen(Connection c, String sql, Object... parameters) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rijen = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> rij = new LinkedHashMap<>();
                    for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                        rij.put(rs.getMetaData().getColumnLabel(k).toLowerCase(), rs.getObject(k));
                    }
                    rijen.add(rij);
                }
                return rijen;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static long getal(String sql, Object... parameters) {
        return eerste(rijen(sql, parameters));
    }

    public static long getal(Connection c, String sql, Object... parameters) {
        return eerste(rijen(c, sql, parameters));
    }

    private static long eerste(List<Map<String, Object>> rijen) {
        return ((Number) rijen.get(0).values().iterator().next()).longValue();
    }

    /**
     * A user straight in the database, with a password hash in Jakarta Security's PBKDF2 format computed here with the
     * JDK (not by the code under test). Fewer iterations than production keep the tests fast; the hash carries its own.
     */
    public static void maakGebruiker(String naam, String wachtwoord, String rol, String ministerieCode) {
        maakGebruiker(naam, wachtwoord, rol, ministerieCode, 1000);
    }

    public static void maakGebruiker(String naam, String wachtwoord, String rol, String ministerieCode, int iteraties) {
        if (!rijen("SELECT id FROM gebruiker WHERE gebruikersnaam = ?", naam).isEmpty()) {
            throw new IllegalStateException("Gebruiker " + naam + " bestaat al");
        }
        try {
            byte[] zout = new byte[32];
            new SecureRandom().nextBytes(zout);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(wachtwoord.toCharArray(), zout, iteraties, 256))
                    .getEncoded();
            String opgeslagen = "PBKDF2WithHmacSHA256:" + iteraties + ":"
                    + Base64.getEncoder().encodeToString(zout) + ":"
                    + Base64.getEncoder().encodeToString(hash);
            try (Connection c = verbinding()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO gebruiker (gebruikersnaam, naam, wachtwoord_hash, ministerie_id) "
                                + "VALUES (?, ?, ?, (SELECT id FROM ministerie WHERE code = ?))")) {
                    ps.setString(1, naam);
                    ps.setString(2, "Test " + naam);
                    ps.setString(3, opgeslagen);
                    ps.setString(4, ministerieCode);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO gebruiker_rol (gebruiker_id, rol) "
                        + "SELECT id, ? FROM gebruiker WHERE gebruikersnaam = ?")) {
                    ps.setString(1, rol);
                    ps.setString(2, naam);
                    ps.executeUpdate();
                }
            }
        } catch (GeneralSecurityException | SQLException e) {
            throw new IllegalStateException("Gebruiker " + naam + " niet aangemaakt: " + e.getMessage(), e);
        }
    }

    /** An UPDATE or DELETE straight in the database; the number of rows it changed. */
    public static int wijzig(String sql, Object... parameters) {
        try (Connection c = verbinding();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static boolean isPostgres() {
        return url().startsWith("jdbc:postgresql:");
    }

    private static String url() {
        return System.getProperty("it.db.url");
    }

    private static String user() {
        return System.getProperty("it.db.user");
    }

    private static String password() {
        return System.getProperty("it.db.password");
    }
}
