package nl.bzk.spreiding.figures.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bzk.spreiding.figures.service.Cijfercache;
import nl.bzk.spreiding.figures.service.Cijfers;
import nl.bzk.spreiding.figures.service.Cijfertabellen;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dimensie;
import nl.bzk.spreiding.figures.service.Jaarstatus;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.api.Bijlage;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Sector;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("cijfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Cijfers",
        description = "Rijkswerkgelegenheid per provincie, sector en ministerie uit goedgekeurde aanleveringen")
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
// One instance for all requests: the most asked address of the API (dashboards poll it) need not look up its two
// services anew for every request, as a resource created per request does. It keeps nothing of a request.
@ApplicationScoped
public class CijferResource {

    @Inject
    private Dashboard dashboard;

    @Inject
    private Referentiegegevens referentie;

    @GET
    @Path("jaren")
    @Operation(summary = "De peiljaren met goedgekeurde cijfers")
    public List<Integer> jaren() {
        return dashboard.jaren();
    }

    @GET
    @Path("jaarstatus/{jaar}")
    @Operation(
            summary = "Of de cijfers van een jaar definitief zijn: alle verwachte ministeries goedgekeurd en de ronde"
                    + " gesloten; anders voorlopig, met wat ontbreekt")
    public Jaarstatus jaarstatus(@PathParam("jaar") int jaar) {
        return dashboard.jaarstatus(jaar);
    }

    @GET
    @Path("standaardjaar")
    @Operation(summary = "Het jaar waarop een overzicht opent: het laatste definitieve (null zonder cijfers)")
    public Integer standaardJaar() {
        return dashboard.standaardJaar();
    }

    @GET
    @Path("ontwikkeling")
    @Operation(
            summary = "De ontwikkeling over de definitieve jaren, per provincie, sector of ministerie"
                    + " (per=provincie|sector|ministerie); fte op 1 januari, null waar een jaar geen cijfer heeft. Met"
                    + " voorlopig=true ook de voorlopige jaren, genoemd in 'voorlopig'")
    public Dashboard.Ontwikkeling ontwikkeling(
            @QueryParam("per") String per,
            @QueryParam("sector") String sector,
            @QueryParam("ministerie") String ministerie,
            @QueryParam("voorlopig") boolean voorlopig) {
        Dimensie dimensie = per == null || per.isBlank()
                ? Dimensie.PROVINCIE
                : switch (per.strip().toLowerCase(Locale.ROOT)) {
                    case "provincie" -> Dimensie.PROVINCIE;
                    case "sector" -> Dimensie.SECTOR;
                    case "ministerie" -> Dimensie.MINISTERIE;
                    default -> throw Fout.ongeldig("Veld per: kies provincie, sector of ministerie");
                };
        return dashboard.ontwikkeling(dimensie, filter(sector, ministerie), voorlopig);
    }

    @GET
    @Path("{jaar}")
    @Operation(
            summary =
                    "Cijferbeeld van een peiljaar: totalen, groei, Randstad-aandeel, prognose en toetsen van de moties. "
                            + "Exacte waarden; afronden is aan de weergave (één decimaal, half naar boven).")
    @APIResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Dashboard.Beeld.class)))
    @APIResponse(responseCode = "304", description = "Ongewijzigd sinds de ETag in If-None-Match")
    public Response beeld(
            @PathParam("jaar") int jaar,
            @QueryParam("sector") String sector,
            @QueryParam("ministerie") String ministerie,
            @Context Request verzoek) {
        // Written once per picture and kept with it (Cijfercache); a client that has it gets a 304.
        Cijfercache.Geschreven geschreven = dashboard.beeldGeschreven(jaar, filter(sector, ministerie));
        EntityTag tag = new EntityTag(geschreven.etag());
        Response.ResponseBuilder ongewijzigd = verzoek.evaluatePreconditions(tag);
        if (ongewijzigd != null) {
            return ongewijzigd.build();
        }
        return Response.ok(geschreven.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .build();
    }

    private Dashboard.Beeld beeldVan(int jaar, String sector, String ministerie) {
        return dashboard.beeld(jaar, filter(sector, ministerie));
    }

    @GET
    @Path("{jaar}/{tabel: provincies|sectoren|ministeries|prognose}.csv")
    @Produces("text/csv")
    @Operation(
            summary =
                    "Eén tabel van het dashboard als CSV (puntkomma, decimale komma, koppen in woorden): per provincie,"
                            + " per sector, per ministerie of de toegelichte prognose")
    public Response tabelCsv(
            @PathParam("jaar") int jaar,
            @PathParam("tabel") String tabel,
            @QueryParam("sector") String sector,
            @QueryParam("ministerie") String ministerie) {
        Cijfertabellen.Tabel t = Cijfertabellen.tabel(
                Cijfertabellen.Soort.valueOf(tabel.toUpperCase(Locale.ROOT)),
                beeldVan(jaar, sector, ministerie),
                sectorNamen(),
                ministerieNamen());
        return Bijlage.antwoord(
                Cijfertabellen.csv(t),
                "text/csv; charset=UTF-8",
                "rijkswerkgelegenheid-" + jaar + "-" + t.naam() + ".csv");
    }

    @GET
    @Path("{jaar}/tabellen.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Alle tabellen van het dashboard als één werkmap (XLSX), een blad per tabel")
    public Response tabellenXlsx(
            @PathParam("jaar") int jaar,
            @QueryParam("sector") String sector,
            @QueryParam("ministerie") String ministerie) {
        byte[] xlsx = Cijfertabellen.xlsx(
                Cijfertabellen.alle(beeldVan(jaar, sector, ministerie), sectorNamen(), ministerieNamen()));
        return Bijlage.antwoord(xlsx, XLSX, "rijkswerkgelegenheid-" + jaar + ".xlsx");
    }

    /** The dashboard's filter from the query's codes (blank: none). */
    private static Cijfers.Filter filter(String sector, String ministerie) {
        return new Cijfers.Filter(Invoer.code(sector), Invoer.code(ministerie));
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Map<String, String> sectorNamen() {
        return referentie.sectoren().stream().collect(Collectors.toMap(Sector::getCode, Sector::getNaam));
    }

    private Map<String, String> ministerieNamen() {
        return referentie.ministeries().stream().collect(Collectors.toMap(Ministerie::getCode, Ministerie::getNaam));
    }
}
