package nl.bzk.spreiding.documents.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import nl.bzk.spreiding.documents.entity.Documentsjabloon;
import nl.bzk.spreiding.documents.service.Documentsjablonen;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("sjablonen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Sjablonen",
        description = "Versies van de documentsjablonen (FreeMarker, veilig ingesteld); één actieve versie per soort")
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
public class SjabloonResource {

    @Inject
    private Documentsjablonen sjablonen;

    public record SjabloonDto(
            long id,
            String soort,
            int versie,
            String status,
            String toelichting,
            String sha256,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp,
            OffsetDateTime geactiveerdOp,
            long versieSlot,
            String tekst) {
        static SjabloonDto van(Documentsjabloon s, boolean metTekst) {
            return new SjabloonDto(
                    s.getId(),
                    s.getSoort().name(),
                    s.getVersie(),
                    s.getStatus().name(),
                    s.getToelichting(),
                    s.getTekstSha256(),
                    s.getGemaaktDoor(),
                    s.getGemaaktOp(),
                    s.getGeactiveerdOp(),
                    s.getVersion(),
                    metTekst ? s.getTekst() : null);
        }
    }

    /** A new version; {@code vanafVersie} is the version the editor started from (refused when a newer one exists). */
    public record NieuweVersie(
            @Regeltekst String soort,
            @Vrijetekst(max = 1_000_000) String tekst,
            @Vrijetekst String toelichting,
            Integer vanafVersie) {}

    public record Activering(long versieSlot) {}

    @GET
    @Operation(summary = "Alle versies (zonder tekst), nieuwste eerst")
    public List<SjabloonDto> versies(@QueryParam("soort") String soort) {
        return sjablonen
                .versies(soort == null || soort.isBlank() ? null : DocumentResource.Soorten.soort(soort))
                .stream()
                .map(s -> SjabloonDto.van(s, false))
                .toList();
    }

    @GET
    @Path("{id}")
    public SjabloonDto versie(@PathParam("id") long id) {
        return SjabloonDto.van(sjablonen.haal(id), true);
    }

    @POST
    @Operation(
            summary =
                    "Bewaar een nieuwe versie (concept); alleen als die met de actuele gegevens een volledig document oplevert")
    public Response bewaar(NieuweVersie nieuw) {
        ApiFout.vereist(nieuw);
        Documentsjabloon s = sjablonen.bewaar(
                DocumentResource.Soorten.soort(nieuw.soort()), nieuw.tekst(), nieuw.toelichting(), nieuw.vanafVersie());
        return Response.status(Response.Status.CREATED)
                .entity(SjabloonDto.van(s, true))
                .build();
    }

    @POST
    @Path("{id}/activeer")
    @Operation(summary = "Maak deze versie de actieve; de vorige actieve vervalt")
    public SjabloonDto activeer(@PathParam("id") long id, Activering activering) {
        ApiFout.vereist(activering);
        return SjabloonDto.van(sjablonen.activeer(id, activering.versieSlot()), false);
    }
}
