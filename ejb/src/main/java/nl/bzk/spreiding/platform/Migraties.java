package nl.bzk.spreiding.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
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

    /**
     * An optional separate schema owner (issue 30, docs/deployment.md): when set, Flyway migrates as this user and
     * then grants the application's user ({@code spreiding.db.user}) data rights only, so the application can neither
     * change the schema nor switch off the archive's and the audit trail's triggers.
     */
    @Inject
    @ConfigProperty(name = "spreiding.db.eigenaar.user")
    private Optional<String> eigenaar;

    @Inject
    @ConfigProperty(name = "spreiding.db.eigenaar.password")
    private Optional<String> eigenaarWachtwoord;

    @Inject
    @ConfigProperty(name = "spreiding.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "spreiding.db.user")
    private String gebruiker;

    /** Held from here until {@link Opstart} runs: see {@link Opstartslot}. */
    private Opstartslot opstartslot;

    @PostConstruct
    void migreer() {
        opstartslot = Opstartslot.neem(dataSource);
        boolean alsEigenaar = eigenaar.filter(e -> !e.isBlank()).isPresent();
        Flyway flyway = alsEigenaar
                ? flywayAlsEigenaar()
                : flyway(dataSource, getClass().getClassLoader());
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema op versie " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migraties uitgevoerd)");
        if (alsEigenaar) {
            geefGebruikerDataRechten(flyway.getConfiguration().getDataSource());
        }
        beschermIngebouwdeDatabase();
    }

    private Flyway flywayAlsEigenaar() {
        if (!"postgresql".equals(soort(dataSource))) {
            throw new IllegalStateException(
                    "Instelling spreiding.db.eigenaar.user: een aparte schema-eigenaar kan alleen "
                            + "op PostgreSQL (de ingebouwde database heeft één gebruiker)");
        }
        LOG.info(() -> "Migraties als schema-eigenaar " + eigenaar.get() + "; de toepassing werkt als " + gebruiker
                + " met alleen rechten op de gegevens");
        return metLocaties(
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(url, eigenaar.get().strip(), eigenaarWachtwoord.orElse("")),
                "postgresql");
    }

    /**
     * Reading and writing rows, nothing else, on every table and sequence of the schema, after every migration (a new
     * table is covered at the next start). No TRUNCATE, REFERENCES or TRIGGER rights and no ownership: the triggers
     * that keep the archive and the audit trail append-only (V7, V14, V17, V22) stay on.
     */
    private void geefGebruikerDataRechten(DataSource alsEigenaar) {
        if (!gebruiker.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalStateException("Instelling spreiding.db.user: '" + gebruiker
                    + "' is geen eenvoudige PostgreSQL-rolnaam (letters, cijfers, _)");
        }
        String rol = "\"" + gebruiker + "\"";
        try (Connection c = alsEigenaar.getConnection();
                Statement s = c.createStatement()) {
            String schema;
            try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = "\"" + rs.getString(1).replace("\"", "\"\"") + "\"";
            }
            s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + rol);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + rol);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + rol);
            // The migrations' own history is the owner's alone.
            s.execute("REVOKE INSERT, UPDATE, DELETE ON " + schema + ".flyway_schema_history FROM " + rol);
        } catch (SQLException e) {
            throw new IllegalStateException("Rechten voor " + gebruiker + " niet gegeven: " + e.getMessage(), e);
        }
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
        return metLocaties(Flyway.configure(classLoader).dataSource(dataSource), soort(dataSource));
    }

    /** Shared migrations, plus per database what only that database can do (the archive and audit triggers). */
    private static Flyway metLocaties(FluentConfiguration configuratie, String soort) {
        return configuratie
                .locations("classpath:db/migration", "classpath:db/" + soort)
                .failOnMissingLocations(true)
                .load();
    }
}
