package nl.bzk.spreiding.security.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.security.service.Wachtwoorden;
import nl.bzk.spreiding.security.web.Clientadres;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("mij")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@PermitAll
public class MijnAccountResource {

    @Inject
    private Clientadres clientadres;

    @Inject
    private Gebruikers gebruikers;

    public record Account(String gebruikersnaam, String naam, List<String> rollen, String ministerie) {}

    @Inject
    private Wachtwoorden wachtwoorden;

    public record EigenWachtwoord(
            @Regeltekst(max = 1000) String huidig,
            @Regeltekst(max = 1000) String nieuw) {}

    @PUT
    @Path("wachtwoord")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Eigen wachtwoord wijzigen (ook om een tijdelijk wachtwoord te vervangen); daarna opnieuw inloggen")
    public Response wijzigWachtwoord(EigenWachtwoord w, @Context HttpServletRequest request) {
        ApiFout.vereist(w);
        wachtwoorden.wijzigEigen(w.huidig(), w.nieuw(), clientadres.van(request));
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "De ingelogde gebruiker, met rollen en (voor contactpersonen) het eigen ministerie")
    public Account mij() {
        Gebruiker g = gebruikers.ingelogd();
        return new Account(
                g.getGebruikersnaam(),
                g.getNaam(),
                g.getWerkzameRollen().stream().map(Enum::name).sorted().toList(),
                g.getMinisterie() == null ? null : g.getMinisterie().getCode());
    }
}
