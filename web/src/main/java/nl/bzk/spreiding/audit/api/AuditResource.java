package nl.bzk.spreiding.audit.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed({Rol.ADMIN_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class AuditResource {

    @Inject
    private AuditLog auditLog;

    public record AuditDto(
            long id,
            OffsetDateTime tijdstip,
            String gebruiker,
            String actie,
            String entiteit,
            String entiteitId,
            String voor,
            String na) {}

    @GET
    @Operation(summary = "Wijzigingen, nieuwste eerst; voor/na zijn JSON-momentopnamen")
    public List<AuditDto> zoek(
            @QueryParam("entiteit") String entiteit,
            @QueryParam("id") String id,
            @QueryParam("max") @DefaultValue("100") int max) {
        return auditLog.zoek(entiteit, id, max).stream()
                .map(a -> new AuditDto(
                        a.getId(),
                        a.getTijdstip(),
                        a.getGebruiker(),
                        a.getActie(),
                        a.getEntiteit(),
                        a.getEntiteitId(),
                        a.getVoor(),
                        a.getNa()))
                .toList();
    }
}
