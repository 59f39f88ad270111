package nl.bzk.spreiding.actionplan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.bzk.spreiding.actionplan.entity.Maatregel;
import nl.bzk.spreiding.actionplan.entity.MaatregelStand;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.entity.StandLabel;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("actieplan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actieplan", description = "Maatregelen van de motie-Flach/Zeedijk en hun stand van zaken per periode")
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ARCHIVIST_NAAM})
public class ActieplanResource {

    @Inject
    private Actieplan actieplan;

    public record MaatregelDto(
            @Regeltekst String code,
            @Regeltekst String titel,
            @Vrijetekst String doelstelling,
            List<@Vrijetekst String> acties,
            long versie) {
        static MaatregelDto van(Maatregel m) {
            return new MaatregelDto(m.getCode(), m.getTitel(), m.getDoelstelling(), m.getActies(), m.getVersion());
        }
    }

    public record PeriodeDto(String naam, LocalDate peildatum, boolean open) {
        static PeriodeDto van(Rapportageperiode p) {
            return new PeriodeDto(p.getNaam(), p.getPeildatum(), p.isOpen());
        }
    }

    public record StandDto(
            @Regeltekst String maatregel,
            @Regeltekst String periode,
            boolean bewerkbaar,
            @Regeltekst String label,
            @Regeltekst String verantwoordelijke,
            LocalDate datum,
            List<@Vrijetekst String> punten,
            long versie) {
        static StandDto van(MaatregelStand s) {
            return new StandDto(
                    s.getMaatregel().getCode(),
                    s.getPeriode().getNaam(),
                    s.getPeriode().isOpen(),
                    s.getLabel().name(),
                    s.getVerantwoordelijke(),
                    s.getDatum(),
                    s.getPunten(),
                    s.getVersion());
        }
    }

    public record NieuwePeriode(@Regeltekst String naam, LocalDate peildatum) {}

    @GET
    @Path("maatregelen")
    public List<MaatregelDto> maatregelen() {
        return actieplan.maatregelen().stream().map(MaatregelDto::van).toList();
    }

    @PUT
    @Path("maatregelen/{code}")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Wijzig titel, doelstelling en acties van een maatregel (BZK)")
    public MaatregelDto wijzig(@PathParam("code") String code, MaatregelDto m) {
        ApiFout.vereist(m);
        return MaatregelDto.van(actieplan.wijzigMaatregel(code, m.versie(), m.titel(), m.doelstelling(), m.acties()));
    }

    @GET
    @Path("maatregelen/{code}/geschiedenis")
    @Operation(summary = "De stand van een maatregel in alle perioden, nieuwste eerst")
    public List<StandDto> geschiedenis(@PathParam("code") String code) {
        actieplan.maatregel(code);
        return actieplan.geschiedenis(code).stream().map(StandDto::van).toList();
    }

    @GET
    @Path("periodes")
    public List<PeriodeDto> periodes() {
        return actieplan.periodes().stream().map(PeriodeDto::van).toList();
    }

    @POST
    @Path("periodes")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Nieuwe rapportageperiode: start met de tekst van de vorige, die daarna alleen-lezen is")
    public Response nieuwePeriode(NieuwePeriode p) {
        ApiFout.vereist(p);
        return Response.status(Response.Status.CREATED)
                .entity(PeriodeDto.van(actieplan.nieuwePeriode(p.naam(), p.peildatum())))
                .build();
    }

    @GET
    @Path("periodes/{periode}/standen")
    @Operation(summary = "Bijlage 2: de stand van alle maatregelen in een periode")
    public List<StandDto> standen(@PathParam("periode") String periode) {
        actieplan.periode(periode);
        return actieplan.standen(periode).stream().map(StandDto::van).toList();
    }

    @PUT
    @Path("periodes/{periode}/standen/{code}")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Wijzig de stand van een maatregel in de lopende periode (BZK)")
    public StandDto wijzigStand(@PathParam("periode") String periode, @PathParam("code") String code, StandDto stand) {
        ApiFout.vereist(stand);
        StandLabel label;
        try {
            label = stand.label() == null ? null : StandLabel.valueOf(stand.label());
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig("Veld label: '" + stand.label()
                    + "' is geen label; kies NIET_GESTART, LOPEND, VERTRAAGD of GEREED");
        }
        return StandDto.van(actieplan.wijzigStand(
                code, periode, stand.versie(), label, stand.verantwoordelijke(), stand.datum(), stand.punten()));
    }
}
