package nl.bzk.spreiding.security.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.service.Gebruikers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("mij")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@PermitAll
public class MijnAccountResource {

    @Inject
    private Gebruikers gebruikers;

    public record Account(String gebruikersnaam, String naam, List<String> rollen, String ministerie) {
    }

    @GET
    @Operation(summary = "De ingelogde gebruiker, met rollen en (voor contactpersonen) het eigen ministerie")
    public Account mij() {
        Gebruiker g = gebruikers.ingelogd();
        return new Account(g.getGebruikersnaam(), g.getNaam(), g.getRollen().stream().map(Enum::name).sorted().toList(),
                g.getMinisterie() == null ? null : g.getMinisterie().getCode());
    }
}
