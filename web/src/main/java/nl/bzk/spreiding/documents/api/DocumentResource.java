package nl.bzk.spreiding.documents.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.service.Documenten;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.platform.api.Bijlage;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("documenten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Documenten",
        description =
                "Kamerbrief, bijlage 1 en 2 en beslisnota als toegankelijke PDF (PDF/UA-1 en PDF/A-2a), gemaakt uit een sjabloonversie en een momentopname")
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ARCHIVIST_NAAM, Rol.ONDERTEKENAAR_NAAM})
public class DocumentResource {

    @Inject
    private Documenten documenten;

    @Inject
    private Documentgenerator generator;

    public record DocumentDto(
            long id,
            String soort,
            String titel,
            int jaar,
            String periode,
            long sjabloonId,
            int sjabloonVersie,
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            String status,
            String momentopnameSha256,
            String pdfSha256,
            long grootte,
            int paginas,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp,
            OffsetDateTime vastgesteldOp,
            long versieSlot,
            String openPunten) {
        public static DocumentDto van(Document d) {
            return new DocumentDto(
                    d.getId(),
                    d.getSoort().name(),
                    d.getTitel(),
                    d.getJaar(),
                    d.getPeriode(),
                    d.getSjabloon().getId(),
                    d.getSjabloon().getVersie(),
                    d.getKamerstuk(),
                    d.getVergaderjaar(),
                    d.getKenmerk(),
                    d.getStatus().name(),
                    d.getMomentopnameSha256(),
                    d.getPdfSha256(),
                    d.getGrootte(),
                    d.getPaginas(),
                    d.getGemaaktDoor(),
                    d.getGemaaktOp(),
                    d.getVastgesteldOp(),
                    d.getVersion(),
                    d.getOpenPunten());
        }
    }

    /** What to generate; empty fields take defaults (newest year and period, active template, today). */
    public record Aanvraag(
            @Regeltekst String soort,
            Integer jaar,
            @Regeltekst String periode,
            Long sjabloonId,
            @Regeltekst String kamerstuk,
            @Regeltekst String vergaderjaar,
            @Regeltekst String kenmerk,
            LocalDate datum,
            @Regeltekst String ondertekenaar,
            @Regeltekst String ondertekenaarNaam) {
        Documentgenerator.Verzoek verzoek(boolean soortVerplicht) {
            return new Documentgenerator.Verzoek(
                    soortVerplicht || soort != null ? Soorten.soort(soort) : null,
                    jaar,
                    periode,
                    sjabloonId,
                    kamerstuk,
                    vergaderjaar,
                    kenmerk,
                    datum,
                    ondertekenaar,
                    ondertekenaarNaam);
        }
    }

    public record Voorbeeld(
            Aanvraag aanvraag, @Vrijetekst(max = 1_000_000) String sjabloonTekst) {}

    @GET
    @Operation(summary = "Gemaakte documenten, te filteren op soort en jaar")
    public List<DocumentDto> lijst(@QueryParam("soort") String soort, @QueryParam("jaar") Integer jaar) {
        return documenten.lijst(soort == null || soort.isBlank() ? null : Soorten.soort(soort), jaar).stream()
                .map(DocumentDto::van)
                .toList();
    }

    @GET
    @Path("{id}")
    public DocumentDto document(@PathParam("id") long id) {
        return DocumentDto.van(documenten.haal(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Het PDF-bestand (PDF/UA-1 en PDF/A-2a)")
    public Response pdf(@PathParam("id") long id) {
        Document d = documenten.haal(id);
        return Bijlage.antwoord(documenten.pdf(id), "application/pdf", bestandsnaam(d));
    }

    @GET
    @Path("{id}/momentopname")
    @Operation(summary = "De gegevens waaruit het document is gemaakt (JSON), zoals bewaard")
    public Response momentopname(@PathParam("id") long id) {
        return Response.ok(documenten.haal(id).getMomentopname(), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}/reproductie")
    @Produces("application/pdf")
    @Operation(summary = "Het document opnieuw gemaakt uit de bewaarde sjabloonversie en momentopname")
    public Response reproductie(@PathParam("id") long id) {
        return Response.ok(generator.reproduceer(id), "application/pdf").build();
    }

    @POST
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    @Operation(
            summary =
                    "Maak een conceptdocument; een tweede keer met dezelfde gegevens geeft hetzelfde document (200 in plaats van 201)")
    public Response genereer(Aanvraag aanvraag) {
        ApiFout.vereist(aanvraag);
        Documentgenerator.Gegenereerd g = generator.genereer(aanvraag.verzoek(true));
        return Response.status(g.bestondAl() ? Response.Status.OK : Response.Status.CREATED)
                .entity(DocumentDto.van(g.document()))
                .build();
    }

    @POST
    @Path("set")
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    @Operation(summary = "Maak de hele set: Kamerbrief, bijlage 1, bijlage 2 en beslisnota")
    public List<DocumentDto> genereerSet(Aanvraag aanvraag) {
        ApiFout.vereist(aanvraag);
        return generator.genereerSet(aanvraag.verzoek(false)).stream()
                .map(g -> DocumentDto.van(g.document()))
                .toList();
    }

    @POST
    @Path("voorbeeld")
    @Produces("application/pdf")
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    @Operation(
            summary =
                    "Voorbeeld met actuele gegevens, eventueel met een nog niet bewaarde sjabloontekst; er wordt niets bewaard")
    public Response voorbeeld(Voorbeeld voorbeeld) {
        ApiFout.vereist(voorbeeld);
        ApiFout.vereist(voorbeeld.aanvraag());
        return Response.ok(
                        generator.voorbeeld(voorbeeld.aanvraag().verzoek(true), voorbeeld.sjabloonTekst()),
                        "application/pdf")
                .build();
    }

    static String bestandsnaam(Document d) {
        return d.getSoort().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + d.getJaar() + "-" + d.getId()
                + ".pdf";
    }

    static final class Soorten {
        private Soorten() {}

        static Documentsoort soort(String soort) {
            if (soort == null || soort.isBlank()) {
                throw Fout.ongeldig("Veld soort: kies KAMERBRIEF, BIJLAGE_1_CIJFERS, BIJLAGE_2_ACTIES of BESLISNOTA");
            }
            try {
                return Documentsoort.valueOf(soort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Fout.ongeldig(
                        "Veld soort: '" + soort
                                + "' is geen documentsoort; kies KAMERBRIEF, BIJLAGE_1_CIJFERS, BIJLAGE_2_ACTIES of BESLISNOTA");
            }
        }
    }
}
