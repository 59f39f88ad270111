package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on their own, on an in-memory H2 in the same mode as the embedded default. */
class MigratiesTest {

    @Test
    void migratiesBouwenSchemaEnReferentiegegevens() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:migraties;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        MigrateResult result =
                Migraties.flyway(dataSource, getClass().getClassLoader()).migrate();
        assertTrue(result.migrationsExecuted > 0, "geen migraties gevonden");

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertEquals(12, getal(s, "SELECT COUNT(*) FROM provincie WHERE toe_te_delen"));
            assertEquals(4, getal(s, "SELECT COUNT(*) FROM provincie WHERE randstad"));
            assertEquals(6, getal(s, "SELECT COUNT(*) FROM sector"));
            assertEquals(
                    0,
                    getal(
                            s,
                            "SELECT COUNT(*) FROM organisatieonderdeel o LEFT JOIN ministerie m ON m.id = o.ministerie_id WHERE m.id IS NULL"));
            assertEquals(
                    1,
                    getal(
                            s,
                            "SELECT COUNT(*) FROM organisatieonderdeel o JOIN ministerie m ON m.id = o.ministerie_id "
                                    + "WHERE o.code = 'CJIB' AND m.code = 'JENV' AND o.sector_code = 'MINISTERIES'"));
        }
        // A second run finds nothing to do: migrations are applied once.
        assertEquals(
                0, Migraties.flyway(dataSource, getClass().getClassLoader()).migrate().migrationsExecuted);
    }

    private static long getal(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
