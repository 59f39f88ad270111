package nl.bzk.spreiding.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database decides which instance does the start-up work: on PostgreSQL a session-level advisory lock, held on
 * one connection from before the migrations until the last start-up task is done ({@link Opstart}). A second instance
 * starting at the same time waits, then finds the schema migrated, the demo data and archive present and the
 * development key written, and leaves them as they are. The lock goes with its connection: an instance that dies
 * halfway releases it. The embedded H2 is opened by one process only and needs none.
 */
final class Opstartslot implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Opstartslot.class.getName());
    /** "SPREIDNG" as a number: the key of the start-up lock among the database's advisory locks. */
    static final long SLEUTEL = 0x5350524549444E47L;

    private final Connection verbinding;

    private Opstartslot(Connection verbinding) {
        this.verbinding = verbinding;
    }

    /** Waits for the lock on PostgreSQL; on H2 returns at once with nothing held. */
    static Opstartslot neem(DataSource dataSource) {
        if (!"postgresql".equals(Migraties.soort(dataSource))) {
            return new Opstartslot(null);
        }
        try {
            Connection c = dataSource.getConnection();
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + SLEUTEL + ")");
            }
            long wacht = (System.nanoTime() - t0) / 1_000_000;
            if (wacht > 1_000) {
                LOG.info(() -> "Opstartslot na " + wacht + " ms: een andere instantie deed het opstartwerk");
            }
            return new Opstartslot(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Opstartslot niet verkregen: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (verbinding == null) {
            return;
        }
        try (verbinding;
                Statement s = verbinding.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + SLEUTEL + ")");
        } catch (SQLException e) {
            // closing the connection releases the lock as well
            LOG.warning(() -> "Opstartslot vrijgeven: " + e.getMessage());
        }
    }
}
