package nl.bzk.spreiding.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 * The data source is defined here, with every setting taken from MicroProfile Config
 * (see docs/configuration.md), so the same EAR runs on the embedded H2 file and on PostgreSQL.
 */
@DataSourceDefinition(
        name = Migraties.DATA_SOURCE,
        className = "${MPCONFIG=spreiding.db.datasource-class}",
        url = "${MPCONFIG=spreiding.db.url}",
        user = "${MPCONFIG=spreiding.db.user}",
        password = "${MPCONFIG=spreiding.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30)
@Singleton
@Startup
// Flyway manages its own transactions; a JTA transaction around it would forbid its commits.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migraties {

    public static final String DATA_SOURCE = "java:app/jdbc/spreiding";
    private static final Logger LOG = Logger.getLogger(Migraties.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** Held from here until {@link Opstart} runs: see {@link Opstartslot}. */
    private Opstartslot opstartslot;

    @PostConstruct
    void migreer() {
        opstartslot = Opstartslot.neem(dataSource);
        MigrateResult result = flyway(dataSource, getClass().getClassLoader()).migrate();
        LOG.info(() -> "Schema op versie " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migraties uitgevoerd)");
        beschermIngebouwdeDatabase();
    }

    /** Called by {@link Opstart} once every start-up bean has run. */
    public void opstartwerkKlaar() {
        geefSlotVrij();
    }

    /** A deployment that fails halfway still lets the next instance in. */
    @PreDestroy
    void geefSlotVrij() {
        if (opstartslot != null) {
            opstartslot.close();
            opstartslot = null;
        }
    }

    /** The files H2 has just created get the same owner-only permissions as the folder they are in. */
    private void beschermIngebouwdeDatabase() {
        try (Connection c = dataSource.getConnection()) {
            Path map = IngebouwdeDatabase.map(c.getMetaData().getURL());
            if (map != null) {
                IngebouwdeDatabase.alleenEigenaar(map);
            }
        } catch (SQLException | IOException e) {
            LOG.warning(() -> "Kon de rechten van de databasebestanden niet beperken: " + e.getMessage());
        }
    }

    static String soort(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres")
                    ? "postgresql"
                    : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Database niet bereikbaar: " + e.getMessage(), e);
        }
    }

    /** One configuration for the server and for the tests that check the migrations on their own. */
    public static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                // Shared migrations, plus per database what only that database can do (the archive trigger).
                .locations("classpath:db/migration", "classpath:db/" + soort(dataSource))
                .failOnMissingLocations(true)
                .load();
    }
}
