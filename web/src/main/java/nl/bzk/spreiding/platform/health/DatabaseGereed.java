package nl.bzk.spreiding.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the migrations have created the reference data. */
@Readiness
@ApplicationScoped
public class DatabaseGereed implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/spreiding")
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM provincie")) {
            rs.next();
            return HealthCheckResponse.named("database")
                    .status(rs.getInt(1) > 0)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("provincies", rs.getInt(1))
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("fout", e.getClass().getSimpleName())
                    .build();
        }
    }
}
