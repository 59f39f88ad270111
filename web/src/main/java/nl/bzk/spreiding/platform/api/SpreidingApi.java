package nl.bzk.spreiding.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Spreiding rijkswerkgelegenheid API",
                        version = "1",
                        description =
                                "Aanleveringen, cijfers, actieplan, casussen en documenten. Alle endpoints vereisen inloggen."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class SpreidingApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Lets Jersey (Payara's JAX-RS) enforce @RolesAllowed on resources with a 403.
        return Map.of(
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
