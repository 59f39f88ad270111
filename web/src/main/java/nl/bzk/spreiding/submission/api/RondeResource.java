package nl.bzk.spreiding.submission.api;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.submission.api.AanleveringDtos.AanleveringDto;
import nl.bzk.spreiding.submission.api.AanleveringDtos.NieuweRonde;
import nl.bzk.spreiding.submission.api.AanleveringDtos.RondeDto;
import nl.bzk.spreiding.submission.api.AanleveringDtos.Versie;
import nl.bzk.spreiding.submission.api.AanleveringDtos.VerwachtingWijziging;
import nl.bzk.spreiding.submission.api.AanleveringDtos.VoorlopigeBriefAanvraag;
import nl.bzk.spreiding.submission.service.Aanleveringen;
import nl.bzk.spreiding.submission.service.Rondes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("rondes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventarisatierondes")
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class RondeResource {

    @Inject
    private Rondes rondes;

    @Inject
    private Aanleveringen aanleveringen;

    @GET
    @Operation(summary = "Alle inventarisatierondes, nieuwste eerst")
    public List<RondeDto> lijst() {
        return rondes.lijst().stream().map(RondeDto::van).toList();
    }

    @GET
    @Path("{jaar}")
    public RondeDto ronde(@PathParam("jaar") int jaar) {
        return RondeDto.van(rondes.haal(jaar));
    }

    @POST
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Nieuwe ronde (BZK): peildatum is 1 januari van het jaar")
    public Response maak(NieuweRonde nieuw) {
        ApiFout.vereist(nieuw);
        return Response.status(Response.Status.CREATED)
                .entity(RondeDto.van(
                        rondes.maak(nieuw.jaar(), nieuw.opening(), nieuw.deadline(), nieuw.prognosejaren())))
                .build();
    }

    @POST
    @Path("{jaar}/openen")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public RondeDto open(@PathParam("jaar") int jaar, Versie versie) {
        return RondeDto.van(rondes.open(jaar, versie == null ? -1 : versie.versie()));
    }

    @POST
    @Path("{jaar}/sluiten")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    public RondeDto sluit(@PathParam("jaar") int jaar, Versie versie) {
        return RondeDto.van(rondes.sluit(jaar, versie == null ? -1 : versie.versie()));
    }

    @PUT
    @Path("{jaar}/verwachting")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(
            summary = "De ministeries die de ronde verwacht (BZK, alleen zolang zij open is, met een reden); de andere "
                    + "ministeries van de lijst leveren niet aan. Bepaalt mee of het jaar definitief is")
    public RondeDto verwachting(@PathParam("jaar") int jaar, VerwachtingWijziging w) {
        ApiFout.vereist(w);
        return RondeDto.van(rondes.wijzigVerwachting(
                jaar, w.versie(), w.verwacht() == null ? Set.of() : new LinkedHashSet<>(w.verwacht()), w.reden()));
    }

    @PUT
    @Path("{jaar}/voorlopige-brief")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(
            summary =
                    "Leg vast dat over de voorlopige cijfers van dit jaar toch een brief mag worden gemaakt (BZK, met "
                            + "een reden, eenmaal per ronde); een andere coördinator maakt de brief, en elke pagina van elk "
                            + "document zegt VOORLOPIG")
    public RondeDto voorlopigeBrief(@PathParam("jaar") int jaar, VoorlopigeBriefAanvraag a) {
        ApiFout.vereist(a);
        return RondeDto.van(rondes.staVoorlopigeBriefToe(jaar, a.versie(), a.reden()));
    }

    @POST
    @Path("{jaar}/aanlevering")
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    @Operation(
            summary = "Begin (of open) de aanlevering van het eigen ministerie in deze ronde",
            description =
                    "Met vooringevuld=true begint een nieuwe aanlevering met de goedgekeurde regels van vorig jaar "
                            + "(fte van vorig jaar, prognose een jaar verschoven); zonder begint zij leeg.")
    public AanleveringDto begin(@PathParam("jaar") int jaar, @QueryParam("vooringevuld") boolean vooringevuld) {
        return AanleveringDto.van(aanleveringen.begin(jaar, vooringevuld));
    }
}
