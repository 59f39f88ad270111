package nl.bzk.spreiding.archive.api;

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
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.archive.service.Archief;
import nl.bzk.spreiding.archive.service.ArchiefExport;
import nl.bzk.spreiding.archive.service.Archiefketen;
import nl.bzk.spreiding.archive.service.Tijdstempelvernieuwing;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.platform.api.Bijlage;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("archief")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Archief",
        description =
                "Ondertekende documenten: vaststellen (BZK), zoeken, downloaden, verifiëren en exporteren (archivaris)")
@RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class ArchiefResource {

    @Inject
    private Archiefketen keten;

    @Inject
    private Tijdstempelvernieuwing vernieuwing;

    @Inject
    private Archief archief;

    @Inject
    private ArchiefExport export;

    public record ArchiefstukDto(
            long id,
            long documentId,
            String soort,
            String titel,
            String kamerstuk,
            String vergaderjaar,
            int jaar,
            String periode,
            String kenmerk,
            long sjabloonId,
            int sjabloonVersie,
            String momentopnameSha256,
            String sha256,
            long grootte,
            String ondertekenaar,
            String ondertekendDoor,
            OffsetDateTime ondertekendOp,
            String niveau,
            String bewaartermijn,
            String classificatie,
            String betreft,
            LocalDate briefdatum,
            Long vervangt,
            Long vervangenDoor) {
        /** @param vervangenDoor the record that replaces this one (issue 31), or null */
        public static ArchiefstukDto van(Archiefstuk a, Long vervangenDoor) {
            return new ArchiefstukDto(
                    a.getId(),
                    a.getDocumentId(),
                    a.getSoort(),
                    a.getTitel(),
                    a.getKamerstuk(),
                    a.getVergaderjaar(),
                    a.getJaar(),
                    a.getPeriode(),
                    a.getKenmerk(),
                    a.getSjabloonId(),
                    a.getSjabloonVersie(),
                    a.getMomentopnameSha256(),
                    a.getSha256(),
                    a.getGrootte(),
                    a.getOndertekenaar(),
                    a.getOndertekendDoor(),
                    a.getOndertekendOp(),
                    a.getNiveau(),
                    a.getBewaartermijn(),
                    a.getClassificatie(),
                    a.getBetreft(),
                    a.getBriefdatum(),
                    a.getVervangt(),
                    vervangenDoor);
        }
    }

    /** Finalise a concept document; {@code versieSlot} is the version of the document as read. */
    public record Vaststelling(
            long documentId, long versieSlot, @Regeltekst String classificatie) {}

    @GET
    @Operation(
            summary =
                    "Zoeken op soort, jaar, Kamerstuknummer, periode van ondertekening (van/tot, yyyy-mm-dd) en tekst")
    public List<ArchiefstukDto> zoek(
            @QueryParam("soort") String soort,
            @QueryParam("jaar") Integer jaar,
            @QueryParam("kamerstuk") String kamerstuk,
            @QueryParam("van") String van,
            @QueryParam("tot") String tot,
            @QueryParam("tekst") String tekst) {
        Map<Long, Long> vervangen = archief.vervangenDoor();
        return archief
                .zoek(new Archief.Zoekvraag(soort, jaar, kamerstuk, datum("van", van), datum("tot", tot), tekst))
                .stream()
                .map(a -> ArchiefstukDto.van(a, vervangen.get(a.getId())))
                .toList();
    }

    @GET
    @Path("{id}")
    public ArchiefstukDto stuk(@PathParam("id") long id) {
        return ArchiefstukDto.van(
                archief.haal(id), archief.vervanger(id).map(Archiefstuk::getId).orElse(null));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Het ondertekende PDF/A-bestand")
    public Response pdf(@PathParam("id") long id) {
        Archiefstuk a = archief.haal(id);
        return Bijlage.antwoord(archief.pdf(id), "application/pdf", ArchiefExport.bestandsnaam(a) + ".pdf");
    }

    @POST
    @Path("tijdstempels/vernieuwen")
    @RolesAllowed(Rol.ADMIN_NAAM)
    @Operation(
            summary =
                    "Vernieuw de documenttijdstempels die binnen de drempel verlopen (beheerder); drempel als ISO-duur, standaard de instelling")
    public Tijdstempelvernieuwing.Uitkomst vernieuw(@QueryParam("drempel") String drempel) {
        Duration d;
        try {
            d = drempel == null || drempel.isBlank() ? vernieuwing.standaardDrempel() : Duration.parse(drempel.strip());
        } catch (DateTimeParseException e) {
            throw Fout.ongeldig("Veld drempel: '" + drempel + "' is geen duur zoals P30D");
        }
        return vernieuwing.vernieuw(d);
    }

    @POST
    @Path("controle")
    @Consumes("application/pdf")
    @Operation(
            summary =
                    "Controleer een willekeurig ondertekend PDF (bijvoorbeeld een kopie uit een e-mail) met EU DSS; er wordt niets bewaard")
    public Verificatierapport controle(byte[] pdf) {
        return archief.controleer(pdf);
    }

    @GET
    @Path("keten")
    // The chain's integrity is the administrator's concern too (IT); the documents themselves are not (issue 30).
    @RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
    @Operation(
            summary =
                    "Controle van de hele archiefketen: elke schakel, elk archiefstuk, verwijderde stukken; met de kophash")
    public Archiefketen.Ketenrapport keten() {
        return keten.controleerAlles();
    }

    @GET
    @Path("{id}/verificatie")
    @Operation(summary = "Verificatierapport: hash, handtekening, certificaatketen, intrekking")
    public Verificatierapport verificatie(@PathParam("id") long id) {
        return archief.verifieer(id);
    }

    @GET
    @Path("{id}/export.zip")
    @Produces("application/zip")
    @Operation(summary = "Exportpakket van één document: PDF en MDTO-metagegevens")
    public Response exportStuk(@PathParam("id") long id) {
        Archiefstuk a = archief.haal(id);
        return Bijlage.antwoord(export.document(id), "application/zip", ArchiefExport.bestandsnaam(a) + ".zip");
    }

    @GET
    @Path("export.zip")
    @Produces("application/zip")
    @Operation(summary = "Exportpakket van alle archiefstukken van een jaar")
    public Response exportJaar(@QueryParam("jaar") Integer jaar) {
        if (jaar == null) {
            throw Fout.ongeldig("Parameter jaar ontbreekt, bijvoorbeeld ?jaar=2025");
        }
        return Bijlage.antwoord(export.jaar(jaar), "application/zip", "archief-" + jaar + ".zip");
    }

    @POST
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(
            summary = "Stel een conceptdocument vast: ondertekenen (PAdES) en archiveren, in één keer of helemaal niet")
    public Response stelVast(Vaststelling v) {
        ApiFout.vereist(v);
        return Response.status(Response.Status.CREATED)
                .entity(ArchiefstukDto.van(archief.stelVast(v.documentId(), v.versieSlot(), v.classificatie()), null))
                .build();
    }

    private static LocalDate datum(String veld, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            throw Fout.ongeldig("Parameter " + veld + ": '" + waarde + "' is geen datum (jjjj-mm-dd)");
        }
    }
}
