package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The claim of a scheduled job's minute, on the migrated schema (in-memory H2 in PostgreSQL mode). */
class TaakslotTest {

    @Test
    void eenMinuutWordtEenmaalGeclaimd() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:taakslot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Migraties.flyway(dataSource, getClass().getClassLoader()).migrate();
        Instant begin = Instant.parse("2026-11-25T01:30:00.120Z");
        Instant laat = Instant.parse("2026-11-25T01:30:59.900Z");
        Instant volgende = Instant.parse("2026-11-25T01:31:00.010Z");
        try (Connection c = dataSource.getConnection()) {
            assertEquals(1, claim(c, "vernieuwing", begin, "a"));
            // the other instance, later in the same minute: nothing goes in, it skips
            assertEquals(0, claim(c, "vernieuwing", laat, "b"));
            assertEquals(1, claim(c, "vernieuwing", volgende, "b"));
            // another job has minutes of its own
            assertEquals(1, claim(c, "andere taak", begin, "b"));
        }
    }

    @Test
    void tijdvakIsDeMinuutInUtc() {
        assertEquals(
                OffsetDateTime.of(2026, 11, 25, 1, 30, 0, 0, ZoneOffset.UTC),
                Taakslot.tijdvak(Instant.parse("2026-11-25T01:30:59.999Z")));
    }

    private static int claim(Connection c, String taak, Instant moment, String instantie) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Taakslot.CLAIM.replaceAll("\\?\\d", "?"))) {
            p.setString(1, taak);
            p.setObject(2, Taakslot.tijdvak(moment));
            p.setString(3, instantie);
            p.setObject(4, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC));
            return p.executeUpdate();
        }
    }
}
