package nl.bzk.spreiding.cases.api;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.cases.entity.Casus;
import nl.bzk.spreiding.cases.entity.CasusStatus;
import nl.bzk.spreiding.cases.service.CasusInvoer;
import nl.bzk.spreiding.cases.service.Casussen;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("casussen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Casussen",
        description = "Locatieadviezen: meldingen van groei, krimp en verplaatsing, met de 100-fte-regel")
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class CasusResource {

    @Inject
    private Casussen casussen;

    public record CasusDto(
            long id,
            String titel,
            String omschrijving,
            String onderdeel,
            String ministerie,
            String soort,
            BigDecimal fte,
            String vanProvincie,
            String vanGemeente,
            String naarProvincie,
            String naarGemeente,
            boolean drempelVanToepassing,
            String status,
            String advies,
            Boolean adviesPositief,
            String besluit,
            boolean voorgelegdAanMr,
            LocalDate gemeldOp,
            LocalDate adviesOp,
            LocalDate beslotenOp,
            List<String> maatregelen,
            long versie) {
        static CasusDto van(Casus c) {
            return new CasusDto(
                    c.getId(),
                    c.getTitel(),
                    c.getOmschrijving(),
                    c.getOnderdeel().getCode(),
                    c.getOnderdeel().getMinisterie().getCode(),
                    c.getSoort().name(),
                    c.getFte(),
                    c.getVanProvincie() == null ? null : c.getVanProvincie().getCode(),
                    c.getVanGemeente(),
                    c.getNaarProvincie() == null ? null : c.getNaarProvincie().getCode(),
                    c.getNaarGemeente(),
                    c.isDrempelVanToepassing(),
                    c.getStatus().name(),
                    c.getAdvies(),
                    c.getAdviesPositief(),
                    c.getBesluit(),
                    c.isVoorgelegdAanMr(),
                    c.getGemeldOp(),
                    c.getAdviesOp(),
                    c.getBeslotenOp(),
                    c.getMaatregelen().stream().map(Maatregel::getCode).sorted().toList(),
                    c.getVersion());
        }
    }

    public record Wijziging(
            long versie,
            @Regeltekst String titel,
            @Vrijetekst String omschrijving,
            @Regeltekst String onderdeel,
            @Regeltekst String soort,
            BigDecimal fte,
            @Regeltekst String vanProvincie,
            @Regeltekst String vanGemeente,
            @Regeltekst String naarProvincie,
            @Regeltekst String naarGemeente,
            List<@Regeltekst String> maatregelen) {
        CasusInvoer invoer() {
            return new CasusInvoer(
                    titel,
                    omschrijving,
                    onderdeel,
                    soort,
                    fte,
                    vanProvincie,
                    vanGemeente,
                    naarProvincie,
                    naarGemeente,
                    maatregelen);
        }
    }

    public record Overgang(
            long versie,
            @Regeltekst String status,
            @Vrijetekst String tekst,
            Boolean positief) {}

    @GET
    @Operation(summary = "Casussen, te filteren op provincie (van of naar), ministerie en status")
    public List<CasusDto> lijst(
            @QueryParam("provincie") String provincie,
            @QueryParam("ministerie") String ministerie,
            @QueryParam("status") String status) {
        return casussen.lijst(provincie, ministerie, status(status)).stream()
                .map(CasusDto::van)
                .toList();
    }

    @GET
    @Path("{id}")
    public CasusDto casus(@PathParam("id") long id) {
        return CasusDto.van(casussen.haal(id));
    }

    @POST
    @Operation(summary = "Meld een voorgenomen verandering (contactpersoon: alleen voor het eigen ministerie)")
    public Response meld(Wijziging melding) {
        ApiFout.vereist(melding);
        return Response.status(Response.Status.CREATED)
                .entity(CasusDto.van(casussen.meld(melding.invoer())))
                .build();
    }

    @PUT
    @Path("{id}")
    public CasusDto wijzig(@PathParam("id") long id, Wijziging wijziging) {
        ApiFout.vereist(wijziging);
        return CasusDto.van(casussen.wijzig(id, wijziging.versie(), wijziging.invoer()));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Volgende stap in de workflow (BZK); 'tekst' is het advies of het besluit")
    public CasusDto overgang(@PathParam("id") long id, Overgang overgang) {
        ApiFout.vereist(overgang);
        return CasusDto.van(casussen.naarStatus(
                id, overgang.versie(), status(overgang.status()), overgang.tekst(), overgang.positief()));
    }

    private static CasusStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CasusStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig(
                    "Veld status: '" + status + "' is geen status; kies MELDING, IN_BEHANDELING, ADVIES_UITGEBRACHT, "
                            + "VOORGELEGD_AAN_MR of BESLOTEN");
        }
    }
}
