package nl.bzk.spreiding.security.api;

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
import java.time.OffsetDateTime;
import java.util.List;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.entity.Roltoekenning;
import nl.bzk.spreiding.security.service.Roltoekenningen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Grants of the coordinator's, signer's and administrator's roles and their second administrator (issue 30). */
@Path("roltoekenningen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Roltoekenningen",
        description = "Toekenningen van de rollen coördinator, ondertekenaar en beheerder: goedkeuren door een tweede "
                + "beheerder, of zonder tweede beheerder verleend")
@RolesAllowed(Rol.ADMIN_NAAM)
public class RoltoekenningResource {

    @Inject
    private Roltoekenningen toekenningen;

    public record RoltoekenningDto(
            long id,
            String gebruikersnaam,
            String naam,
            String rol,
            String rolOmschrijving,
            String status,
            String statusOmschrijving,
            boolean zonderTweedeBeheerder,
            String aangevraagdDoor,
            OffsetDateTime aangevraagdOp,
            String beoordeeldDoor,
            OffsetDateTime beoordeeldOp,
            long versie) {
        static RoltoekenningDto van(Roltoekenning t) {
            return new RoltoekenningDto(
                    t.getId(),
                    t.getGebruiker().getGebruikersnaam(),
                    t.getGebruiker().getNaam(),
                    t.getRol().name(),
                    t.getRol().getLabel(),
                    t.getStatus().name(),
                    t.getStatus().getLabel(),
                    t.isZonderTweedeBeheerder(),
                    t.getAangevraagdDoor(),
                    t.getAangevraagdOp(),
                    t.getBeoordeeldDoor(),
                    t.getBeoordeeldOp(),
                    t.getVersion());
        }
    }

    public record Versie(long versie) {}

    @GET
    @Operation(
            summary = "Wachtende toekenningen (standaard), of ?soort=zonder-tweede-beheerder: wat de enige beheerder"
                    + " verleende")
    public List<RoltoekenningDto> lijst(@QueryParam("soort") String soort) {
        if (soort == null || soort.isBlank() || soort.strip().equals("wachtend")) {
            return toekenningen.wachtend().stream().map(RoltoekenningDto::van).toList();
        }
        if (soort.strip().equals("zonder-tweede-beheerder")) {
            return toekenningen.zonderTweedeBeheerder().stream()
                    .map(RoltoekenningDto::van)
                    .toList();
        }
        throw Fout.ongeldig("Parameter soort: 'wachtend' of 'zonder-tweede-beheerder'");
    }

    @POST
    @Path("{id}/goedkeuren")
    @Operation(summary = "Goedkeuren door een andere beheerder dan wie de rol aanvroeg; het account heeft de rol dan")
    public RoltoekenningDto keurGoed(@PathParam("id") long id, Versie v) {
        return RoltoekenningDto.van(toekenningen.keurGoed(id, ApiFout.vereist(v).versie()));
    }

    @POST
    @Path("{id}/afwijzen")
    @Operation(summary = "Afwijzen door een andere beheerder dan wie de rol aanvroeg")
    public RoltoekenningDto wijsAf(@PathParam("id") long id, Versie v) {
        return RoltoekenningDto.van(toekenningen.wijsAf(id, ApiFout.vereist(v).versie()));
    }
}
