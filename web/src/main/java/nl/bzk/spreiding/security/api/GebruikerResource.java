package nl.bzk.spreiding.security.api;

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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.entity.Roltoekenning;
import nl.bzk.spreiding.security.service.Gebruikersbeheer;
import nl.bzk.spreiding.security.service.Roltoekenningen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("gebruikers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Gebruikers",
        description = "Gebruikersbeheer (beheerder): accounts, rollen, ministerie, deactiveren, tijdelijk wachtwoord")
@RolesAllowed(Rol.ADMIN_NAAM)
public class GebruikerResource {

    @Inject
    private Gebruikersbeheer beheer;

    @Inject
    private Roltoekenningen toekenningen;

    private GebruikerDto dto(Gebruiker g) {
        return GebruikerDto.van(
                g, toekenningen.wachtend(g).stream().map(Roltoekenning::getRol).toList());
    }

    public record GebruikerDto(
            long id,
            String gebruikersnaam,
            String naam,
            List<String> rollen,
            List<String> rolOmschrijvingen,
            String ministerie,
            String ministerieNaam,
            boolean actief,
            OffsetDateTime laatstAangemeld,
            boolean wachtwoordTijdelijk,
            long versie,
            String email,
            List<String> wachtendeRollen,
            String functie) {
        /** @param wachtend the roles asked for that wait for a second administrator (issue 30) */
        static GebruikerDto van(Gebruiker g, List<Rol> wachtend) {
            List<Rol> rollen = g.getRollen().stream().sorted().toList();
            return new GebruikerDto(
                    g.getId(),
                    g.getGebruikersnaam(),
                    g.getNaam(),
                    rollen.stream().map(Rol::name).toList(),
                    rollen.stream().map(Rol::getLabel).toList(),
                    g.getMinisterie() == null ? null : g.getMinisterie().getCode(),
                    g.getMinisterie() == null ? null : g.getMinisterie().getNaam(),
                    g.isActief(),
                    g.getLaatstAangemeld(),
                    g.isWachtwoordTijdelijk(),
                    g.getVersion(),
                    g.getEmail(),
                    wachtend.stream().sorted().map(Rol::name).toList(),
                    g.getFunctie());
        }
    }

    public record NieuweGebruiker(
            @Regeltekst String gebruikersnaam,
            @Regeltekst String naam,
            List<@Regeltekst String> rollen,
            @Regeltekst String ministerie,
            @Regeltekst(max = 1000) String tijdelijkWachtwoord,
            @Regeltekst String email,
            @Regeltekst String functie) {}

    public record Wijziging(
            @Regeltekst String naam,
            List<@Regeltekst String> rollen,
            @Regeltekst String ministerie,
            long versie,
            @Regeltekst String email,
            @Regeltekst String functie) {}

    public record Versie(long versie) {}

    public record NieuwWachtwoord(@Regeltekst(max = 1000) String wachtwoord, long versie) {}

    @GET
    @Operation(summary = "Gebruikers, gezocht op (deel van) gebruikersnaam of naam; hoogstens 500")
    public List<GebruikerDto> zoek(@QueryParam("zoek") String zoek) {
        Map<Long, List<Rol>> wachtend = toekenningen.wachtend().stream()
                .collect(Collectors.groupingBy(
                        t -> t.getGebruiker().getId(), Collectors.mapping(Roltoekenning::getRol, Collectors.toList())));
        return beheer.zoek(zoek).stream()
                .map(g -> GebruikerDto.van(g, wachtend.getOrDefault(g.getId(), List.of())))
                .toList();
    }

    @GET
    @Path("{id}")
    public GebruikerDto gebruiker(@PathParam("id") long id) {
        return dto(beheer.haal(id));
    }

    @POST
    @Operation(
            summary =
                    "Nieuwe gebruiker met rollen (contactpersoon: precies één ministerie) en een tijdelijk wachtwoord")
    public Response maak(NieuweGebruiker n) {
        ApiFout.vereist(n);
        Gebruiker g = beheer.maak(
                new Gebruikersbeheer.Gegevens(
                        n.gebruikersnaam(), n.naam(), rollen(n.rollen()), n.ministerie(), n.email(), n.functie()),
                n.tijdelijkWachtwoord());
        return Response.status(Response.Status.CREATED).entity(dto(g)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Naam, rollen en ministerie wijzigen; 'versie' is de gelezen versie")
    public GebruikerDto wijzig(@PathParam("id") long id, Wijziging w) {
        ApiFout.vereist(w);
        return dto(beheer.wijzig(
                id,
                w.versie(),
                new Gebruikersbeheer.Gegevens(
                        null, w.naam(), rollen(w.rollen()), w.ministerie(), w.email(), w.functie())));
    }

    @POST
    @Path("{id}/deactiveren")
    @Operation(summary = "Deactiveren: inloggen kan niet meer, lopende sessies en API-logins eindigen direct")
    public GebruikerDto deactiveer(@PathParam("id") long id, Versie v) {
        return dto(beheer.deactiveer(id, ApiFout.vereist(v).versie()));
    }

    @POST
    @Path("{id}/activeren")
    public GebruikerDto activeer(@PathParam("id") long id, Versie v) {
        return dto(beheer.activeer(id, ApiFout.vereist(v).versie()));
    }

    @POST
    @Path("{id}/tijdelijk-wachtwoord")
    @Operation(summary = "Tijdelijk wachtwoord; de gebruiker moet het bij de volgende keer inloggen vervangen")
    public GebruikerDto tijdelijkWachtwoord(@PathParam("id") long id, NieuwWachtwoord w) {
        ApiFout.vereist(w);
        return dto(beheer.tijdelijkWachtwoord(id, w.versie(), w.wachtwoord()));
    }

    private static Set<Rol> rollen(List<String> codes) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            rollen.add(Rol.van(code)
                    .orElseThrow(() -> Fout.ongeldig("Veld rollen: onbekende rol '" + code + "'; kies uit "
                            + String.join(
                                    ", ",
                                    Arrays.stream(Rol.values()).map(Rol::name).toList()))));
        }
        return rollen;
    }
}
