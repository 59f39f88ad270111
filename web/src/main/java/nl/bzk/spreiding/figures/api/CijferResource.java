package nl.bzk.spreiding.figures.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.bzk.spreiding.figures.service.Cijferoverzicht.Regel;
import nl.bzk.spreiding.figures.service.Cijfers;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.platform.CsvBestand;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.api.Bijlage;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("cijfers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Cijfers",
        description = "Rijkswerkgelegenheid per provincie, sector en ministerie uit goedgekeurde aanleveringen")
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
public class CijferResource {

    @Inject
    private Dashboard dashboard;

    @GET
    @Path("jaren")
    @Operation(summary = "De peiljaren met goedgekeurde cijfers")
    public List<Integer> jaren() {
        return dashboard.jaren();
    }

    @GET
    @Path("{jaar}")
    @Operation(
            summary =
                    "Cijferbeeld van een peiljaar: totalen, groei, Randstad-aandeel, prognose en toetsen van de moties. "
                            + "Exacte waarden; afronden is aan de weergave (één decimaal, half naar boven).")
    public Dashboard.Beeld beeld(
            @PathParam("jaar") int jaar,
            @QueryParam("sector") String sector,
            @QueryParam("ministerie") String ministerie) {
        return dashboard.beeld(jaar, new Cijfers.Filter(Invoer.code(sector), Invoer.code(ministerie)));
    }

    @GET
    @Path("{jaar}/provincies.csv")
    @Produces("text/csv")
    @Operation(summary = "Per provincie als CSV (puntkomma, decimale komma), zoals Bijlage 1")
    public Response provinciesCsv(
            @PathParam("jaar") int jaar,
            @QueryParam("sector") String sector,
            @QueryParam("ministerie") String ministerie) {
        Dashboard.Beeld beeld = beeld(jaar, sector, ministerie);
        List<List<String>> rijen = new ArrayList<>();
        for (Dashboard.ProvincieBeeld p : beeld.perProvincie()) {
            Regel r = p.cijfers();
            rijen.add(List.of(
                    r.sleutel(),
                    p.naam(),
                    getal(r.ditJaar()),
                    getal(r.vorigJaar()),
                    getal(r.groei()),
                    procent(r.groeiProcent()),
                    getal(p.prognose()),
                    procent(p.prognoseProcent())));
        }
        byte[] csv = CsvBestand.schrijf(
                List.of(
                        "provincie",
                        "naam",
                        "fte",
                        "fte_vorig_jaar",
                        "groei_fte",
                        "groei_procent",
                        "prognose_" + beeld.prognoseJaar(),
                        "prognose_procent"),
                rijen);
        return Bijlage.antwoord(csv, "text/csv; charset=UTF-8", "rijkswerkgelegenheid-" + jaar + "-provincies.csv");
    }

    /** A CSV cell a spreadsheet reads as a number: two decimals, decimal comma, plain minus. */
    private static String getal(BigDecimal waarde) {
        return waarde == null ? "" : Nederlands.invoer(waarde.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage cell: at most one decimal ("323", "11,1", "-8"). */
    private static String procent(BigDecimal waarde) {
        return waarde == null
                ? ""
                : Nederlands.invoer(waarde.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
    }
}
