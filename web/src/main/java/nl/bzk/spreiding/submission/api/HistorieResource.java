package nl.bzk.spreiding.submission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
import nl.bzk.spreiding.submission.service.HistorischeReeks;
import nl.bzk.spreiding.submission.service.HistorischeReeks.Reeksjaar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The historical series (docs/submissions.md, "Historische reeks"): BZK reads it, imports and replaces years. */
@Path("historie")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Historische reeks")
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
public class HistorieResource {

    @Inject
    private HistorischeReeks reeks;

    @GET
    @Operation(summary = "De jaren van de historische reeks, oudste eerst, met per ministerie regels en fte")
    public List<Reeksjaar> jaren() {
        return reeks.jaren();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(
            summary =
                    "Lees een CSV- of XLSX-bestand van de reeks in (alles of niets); een jaar dat er al is, wordt vervangen")
    public List<Reeksjaar> importeer(
            @QueryParam("naam") String naam, @HeaderParam("Content-Type") String mediaType, InputStream inhoud)
            throws IOException {
        // One byte more than allowed is enough to know the file is too large, without reading all of it.
        return reeks.importeer(naam, mediaType, inhoud.readNBytes(Bestandsinlezer.MAX_BYTES + 1));
    }
}
