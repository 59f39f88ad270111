package nl.bzk.spreiding.submission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.platform.api.Bijlage;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.submission.api.AanleveringDtos.AanleveringDto;
import nl.bzk.spreiding.submission.api.AanleveringDtos.DetailDto;
import nl.bzk.spreiding.submission.api.AanleveringDtos.RegelDto;
import nl.bzk.spreiding.submission.api.AanleveringDtos.Regels;
import nl.bzk.spreiding.submission.api.AanleveringDtos.Terugsturen;
import nl.bzk.spreiding.submission.api.AanleveringDtos.Versie;
import nl.bzk.spreiding.submission.bestand.Bestandsformaat;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.service.Aanleveringen;
import nl.bzk.spreiding.submission.service.RegelInvoer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("aanleveringen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Aanleveringen",
        description = "Cijfers per organisatieonderdeel en provincie, invoer, import en beoordeling")
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class AanleveringResource {

    @Inject
    private Aanleveringen aanleveringen;

    @GET
    @Operation(summary = "Aanleveringen (BZK: alle; contactpersoon: die van het eigen ministerie)")
    public List<AanleveringDto> lijst(@QueryParam("jaar") Integer jaar) {
        return aanleveringen.lijst(jaar).stream().map(AanleveringDto::van).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Een aanlevering met regels, vergelijking met vorig jaar en totalen")
    public DetailDto detail(@PathParam("id") long id) {
        return DetailDto.van(aanleveringen.overzicht(id));
    }

    @PUT
    @Path("{id}/regels")
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    @Operation(summary = "Vervang alle regels (alles of niets); 'versie' is de gelezen versie van de aanlevering")
    public DetailDto vervang(@PathParam("id") long id, Regels regels) {
        ApiFout.vereist(regels);
        List<RegelInvoer> invoer = new ArrayList<>();
        List<RegelDto> lijst = regels.regels() == null ? List.of() : regels.regels();
        for (int i = 0; i < lijst.size(); i++) {
            RegelDto r = lijst.get(i);
            invoer.add(new RegelInvoer(
                    i + 1,
                    r.onderdeel(),
                    r.provincie(),
                    r.gemeente(),
                    tekst(r.fte()),
                    r.prognose() == null
                            ? List.of()
                            : r.prognose().stream()
                                    .map(AanleveringResource::tekst)
                                    .toList(),
                    r.toelichting()));
        }
        aanleveringen.vervangRegels(id, regels.versie(), invoer);
        return DetailDto.van(aanleveringen.overzicht(id));
    }

    @PUT
    @Path("{id}/bestand")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    @Operation(summary = "Importeer een CSV- of XLSX-bestand als volledige set regels (alles of niets)")
    public DetailDto importeer(
            @PathParam("id") long id,
            @QueryParam("versie") long versie,
            @QueryParam("naam") String naam,
            @HeaderParam("Content-Type") String mediaType,
            InputStream inhoud)
            throws IOException {
        // One byte more than allowed is enough to know the file is too large, without reading all of it.
        byte[] bytes = inhoud.readNBytes(Bestandsinlezer.MAX_BYTES + 1);
        aanleveringen.importeer(id, versie, naam, mediaType, bytes);
        return DetailDto.van(aanleveringen.overzicht(id));
    }

    @GET
    @Path("{id}/sjabloon.{formaat:csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Sjabloon met de regels (of die van vorig jaar) als beginpunt")
    public Response sjabloon(@PathParam("id") long id, @PathParam("formaat") String formaat) {
        Bestandsformaat f = "csv".equals(formaat) ? Bestandsformaat.CSV : Bestandsformaat.XLSX;
        Aanlevering a = aanleveringen.haal(id);
        String naam = "aanlevering-" + a.getRonde().getJaar() + "-"
                + a.getMinisterie().getCode().toLowerCase() + f.getExtensie();
        return Bijlage.antwoord(
                aanleveringen.sjabloon(id, f),
                f.getMediaType() + (f == Bestandsformaat.CSV ? "; charset=UTF-8" : ""),
                naam);
    }

    @POST
    @Path("{id}/indienen")
    @RolesAllowed(Rol.MINISTRY_CONTACT_NAAM)
    @Operation(summary = "Dien in bij BZK; nogmaals indienen verandert niets")
    public AanleveringDto dienIn(@PathParam("id") long id, Versie versie) {
        return AanleveringDto.van(aanleveringen.dienIn(id, versie == null ? -1 : versie.versie()));
    }

    @POST
    @Path("{id}/terugsturen")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Stuur terug naar het ministerie, met opmerking (BZK)")
    public AanleveringDto stuurTerug(@PathParam("id") long id, Terugsturen terug) {
        ApiFout.vereist(terug);
        return AanleveringDto.van(aanleveringen.stuurTerug(id, terug.versie(), terug.opmerking()));
    }

    @POST
    @Path("{id}/goedkeuren")
    @RolesAllowed(Rol.BZK_COORDINATOR_NAAM)
    @Operation(summary = "Keur goed (BZK); daarna ligt de aanlevering vast")
    public AanleveringDto keurGoed(@PathParam("id") long id, Versie versie) {
        return AanleveringDto.van(aanleveringen.keurGoed(id, versie == null ? -1 : versie.versie()));
    }

    private static String tekst(BigDecimal getal) {
        return getal == null ? null : getal.toPlainString();
    }
}
