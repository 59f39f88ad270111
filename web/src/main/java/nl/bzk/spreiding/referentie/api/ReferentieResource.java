package nl.bzk.spreiding.referentie.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.referentie.entity.Benaming;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("referentie")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referentiegegevens", description = "Provincies, sectoren, ministeries en organisatieonderdelen")
@PermitAll
public class ReferentieResource {

    @Inject
    private Referentiegegevens referentie;

    public record ProvincieDto(String code, String naam, boolean randstad, boolean toeTeDelen) {}

    public record SectorDto(String code, String naam, String afkorting, String lidwoord, boolean eenOrganisatie) {}

    public record MinisterieDto(String code, String naam) {
        static MinisterieDto van(Ministerie m) {
            return new MinisterieDto(m.getCode(), m.getNaam());
        }
    }

    /** A unit; afkorting and lidwoord ("de", "het") are how letters name it, both optional. */
    public record OnderdeelDto(
            @Regeltekst String code,
            @Regeltekst String naam,
            @Regeltekst String afkorting,
            @Regeltekst String lidwoord,
            @Regeltekst String ministerie,
            @Regeltekst String sector,
            boolean actief,
            long versie) {
        static OnderdeelDto van(Organisatieonderdeel o) {
            return new OnderdeelDto(
                    o.getCode(),
                    o.getNaam(),
                    o.benaming().afkorting(),
                    o.benaming().lidwoord(),
                    o.getMinisterie().getCode(),
                    o.getSector().getCode(),
                    o.isActief(),
                    o.getVersion());
        }

        Benaming benaming() {
            return Benaming.van(naam, afkorting, lidwoord);
        }
    }

    @GET
    @Path("provincies")
    @Operation(summary = "De twaalf provincies (CBS-code) en 'niet toe te delen'")
    public List<ProvincieDto> provincies() {
        return referentie.provincies().stream()
                .map(p -> new ProvincieDto(p.getCode(), p.getNaam(), p.isRandstad(), p.isToeTeDelen()))
                .toList();
    }

    @GET
    @Path("sectoren")
    @Operation(summary = "De zes sectoren van rijkswerkgelegenheid")
    public List<SectorDto> sectoren() {
        return referentie.sectoren().stream()
                .map(s -> new SectorDto(
                        s.getCode(),
                        s.getNaam(),
                        s.benaming().afkorting(),
                        s.benaming().lidwoord(),
                        s.isEenOrganisatie()))
                .toList();
    }

    @GET
    @Path("ministeries")
    public List<MinisterieDto> ministeries() {
        return referentie.ministeries().stream().map(MinisterieDto::van).toList();
    }

    @GET
    @Path("onderdelen")
    @Operation(summary = "Organisatieonderdelen, desgewenst van één ministerie")
    public List<OnderdeelDto> onderdelen(@QueryParam("ministerie") String ministerie) {
        return referentie.onderdelen(ministerie).stream().map(OnderdeelDto::van).toList();
    }

    @GET
    @Path("onderdelen/{code}")
    public OnderdeelDto onderdeel(@PathParam("code") String code) {
        return referentie
                .onderdeel(code)
                .map(OnderdeelDto::van)
                .orElseThrow(() -> Fout.nietGevonden("Organisatieonderdeel " + code + " bestaat niet"));
    }

    @POST
    @Path("onderdelen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ADMIN_NAAM)
    @Operation(summary = "Nieuw organisatieonderdeel (beheerder)")
    public Response nieuw(OnderdeelDto nieuw) {
        ApiFout.vereist(nieuw);
        Organisatieonderdeel o =
                referentie.nieuwOnderdeel(nieuw.code(), nieuw.benaming(), nieuw.ministerie(), nieuw.sector());
        return Response.status(Response.Status.CREATED)
                .entity(OnderdeelDto.van(o))
                .build();
    }

    @PUT
    @Path("onderdelen/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ADMIN_NAAM)
    @Operation(summary = "Wijzig een organisatieonderdeel (beheerder); 'versie' moet de gelezen versie zijn")
    public OnderdeelDto wijzig(@PathParam("code") String code, OnderdeelDto wijziging) {
        ApiFout.vereist(wijziging);
        return OnderdeelDto.van(referentie.wijzigOnderdeel(
                code, wijziging.versie(), wijziging.benaming(), wijziging.sector(), wijziging.actief()));
    }
}
