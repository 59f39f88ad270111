package nl.bzk.spreiding.dossier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.dossier.entity.Beoordeling;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.entity.Dossierversie;
import nl.bzk.spreiding.dossier.entity.Herstart;
import nl.bzk.spreiding.dossier.entity.Opmerking;
import nl.bzk.spreiding.dossier.entity.Routestap;
import nl.bzk.spreiding.dossier.entity.Tekstblok;
import nl.bzk.spreiding.dossier.service.Briefdossiers;
import nl.bzk.spreiding.dossier.service.Standaardroute;
import nl.bzk.spreiding.dossier.service.Tekstverschil;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.platform.api.ApiFout;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The letter dossier per year: texts, versions, the approval route (parafering) and signing. Roles: see Briefdossiers. */
@Path("dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Briefdossiers",
        description =
                "De set (Kamerbrief, bijlagen, beslisnota) per jaar: teksten, versies, parafeerroute en ondertekening")
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ONDERTEKENAAR_NAAM})
public class DossierResource {

    @Inject
    private Briefdossiers dossiers;

    public record StapDto(String functie, String rol, String gebruiker, String wie) {}

    public record TekstDto(
            String blok,
            String label,
            String document,
            String tekst,
            String gewijzigdDoor,
            OffsetDateTime gewijzigdOp) {}

    public record VersieDto(
            int nummer,
            String gemaaktDoor,
            OffsetDateTime gemaaktOp,
            Map<String, Long> documenten,
            List<String> bijdragers) {
        static VersieDto van(Dossierversie v) {
            Map<String, Long> docs = new LinkedHashMap<>();
            v.getDocumenten().forEach((k, w) -> docs.put(k.name(), w));
            return new VersieDto(
                    v.getNummer(),
                    v.getGemaaktDoor(),
                    v.getGemaaktOp(),
                    docs,
                    v.getBijdragers().stream().sorted().toList());
        }
    }

    public record OpmerkingDto(
            @Regeltekst String onderwerp, @Vrijetekst String tekst) {}

    public record BeoordelingDto(
            int versie,
            int stap,
            String functie,
            String besluit,
            String door,
            String naam,
            OffsetDateTime op,
            List<OpmerkingDto> opmerkingen) {
        static BeoordelingDto van(Beoordeling b) {
            return new BeoordelingDto(
                    b.getVersie(),
                    b.getStap(),
                    b.getFunctie(),
                    b.getBesluit().name(),
                    b.getDoor(),
                    b.getNaam(),
                    b.getOp(),
                    b.getOpmerkingen().stream()
                            .map(o -> new OpmerkingDto(o.getOnderwerp(), o.getTekst()))
                            .toList());
        }
    }

    /** The letter's details (issue 31) and what is still missing before the set can go the route. */
    public record Briefgegevensdto(
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            String betreft,
            LocalDate datum,
            String ondertekenaar,
            List<String> ontbrekend) {
        static Briefgegevensdto van(Briefdossier d) {
            return new Briefgegevensdto(
                    d.getKamerstuk(),
                    d.getVergaderjaar(),
                    d.getKenmerk(),
                    d.getBetreft(),
                    d.getBriefdatum(),
                    d.getOndertekenaar(),
                    d.ontbrekendeBriefgegevens());
        }
    }

    /** The letter's details as the drafter fills them in, with the dossier's version read. */
    public record Briefgegevensinvoer(
            @Regeltekst(max = 60) String kamerstuk,
            @Regeltekst(max = 20) String vergaderjaar,
            @Regeltekst(max = 60) String kenmerk,
            @Regeltekst(max = 300) String betreft,
            LocalDate datum,
            @Regeltekst(max = 100) String ondertekenaar,
            long versieSlot) {}

    public record DossierDto(
            int jaar,
            String periode,
            String status,
            String statusLabel,
            String opsteller,
            int huidigeVersie,
            Integer stap,
            String herstart,
            String ondertekenaarFunctie,
            String ondertekenaarNaam,
            List<StapDto> route,
            List<TekstDto> teksten,
            String ondertekendDoor,
            OffsetDateTime ondertekendOp,
            Long beslisnotaMetParafen,
            long versieSlot,
            Briefgegevensdto briefgegevens,
            int volgnummer,
            Long vervangtDossier,
            String vervangingsreden) {
        static DossierDto van(Briefdossier d) {
            return new DossierDto(
                    d.getJaar(),
                    d.getPeriode(),
                    d.getStatus().name(),
                    d.getStatus().getLabel(),
                    d.getOpsteller(),
                    d.getHuidigeVersie(),
                    d.getHuidigeStap() == null ? null : d.getStapNummer(),
                    d.getHerstart().name(),
                    d.getOndertekenaarFunctie(),
                    d.getOndertekenaarNaam(),
                    d.getRoute().stream()
                            .map(s -> new StapDto(
                                    s.getFunctie(),
                                    s.getRol() == null ? null : s.getRol().name(),
                                    s.getGebruiker(),
                                    s.getWie()))
                            .toList(),
                    Arrays.stream(Tekstblok.values())
                            .map(b -> {
                                var t = d.getTeksten().get(b);
                                return new TekstDto(
                                        b.name(),
                                        b.getLabel(),
                                        b.getDocument().name(),
                                        t == null ? "" : t.getTekst(),
                                        t == null ? null : t.getGewijzigdDoor(),
                                        t == null ? null : t.getGewijzigdOp());
                            })
                            .toList(),
                    d.getOndertekendDoor(),
                    d.getOndertekendOp(),
                    d.getOndertekendeBeslisnota(),
                    d.getVersion(),
                    Briefgegevensdto.van(d),
                    d.getVolgnummer(),
                    d.getVervangt(),
                    d.getVervangingsreden());
        }
    }

    /** Why the signed set is corrected by a replacing one (issue 31). */
    public record Vervanging(@Vrijetekst String reden) {}

    public record Nieuw(
            @NotNull Integer jaar,
            @Regeltekst String periode,
            @Regeltekst String kamerstuk,
            @Regeltekst String vergaderjaar,
            @Regeltekst String kenmerk,
            @Regeltekst String ondertekenaarFunctie,
            @Regeltekst String ondertekenaarNaam) {}

    public record Tekst(
            @Vrijetekst(max = 1_000_000) String tekst,
            @NotNull(message = VERSIESLOT) Long versieSlot) {}

    public record Route(
            @NotNull List<StapInvoer> stappen,
            @Regeltekst String herstart,
            @NotNull(message = VERSIESLOT) Long versieSlot) {}

    /** A step: the function and either a role code or a user name. */
    public record StapInvoer(
            @Regeltekst String functie,
            @Regeltekst String rol,
            @Regeltekst String gebruiker) {}

    public record Versieverzoek(
            @NotNull(message = VERSIESLOT) Long versieSlot) {}

    private static final String VERSIESLOT = "{spreiding.versieSlot}";

    public record Besluit(Integer versie, List<OpmerkingDto> opmerkingen) {}

    public record Ondertekening(Integer versie, @Regeltekst String classificatie) {}

    public record VerschilDto(
            String soort, String document, long van, long naar, List<Tekstverschil.Wijziging> wijzigingen) {}

    public record TaakDto(int jaar, String status, String wat) {}

    @GET
    @Operation(summary = "Alle briefdossiers, nieuwste jaar eerst")
    public List<DossierDto> lijst() {
        return dossiers.lijst().stream().map(DossierDto::van).toList();
    }

    @POST
    @Operation(summary = "Maak het briefdossier van een jaar, met de standaardroute uit de configuratie")
    public Response maak(Nieuw n) {
        ApiFout.vereist(n);
        return Response.status(Response.Status.CREATED)
                .entity(DossierDto.van(dossiers.maak(new Briefdossiers.Nieuw(
                        n.jaar(),
                        n.periode(),
                        n.kamerstuk(),
                        n.vergaderjaar(),
                        n.kenmerk(),
                        n.ondertekenaarFunctie(),
                        n.ondertekenaarNaam()))))
                .build();
    }

    @POST
    @Path("{jaar}/vervanging")
    @Operation(
            summary =
                    "Open een vervangende set voor het ondertekende briefdossier van een jaar (met een reden); zij gaat "
                            + "dezelfde parafeerroute en vervangt na ondertekening de gearchiveerde set, die blijft zoals zij is")
    public Response vervang(@PathParam("jaar") int jaar, Vervanging v) {
        ApiFout.vereist(v);
        return Response.status(Response.Status.CREATED)
                .entity(DossierDto.van(dossiers.vervang(jaar, v.reden())))
                .build();
    }

    @GET
    @Path("{jaar}")
    public DossierDto dossier(@PathParam("jaar") int jaar) {
        return DossierDto.van(dossiers.haal(jaar));
    }

    @GET
    @Path("{jaar}/versies")
    public List<VersieDto> versies(@PathParam("jaar") int jaar) {
        return dossiers.versies(dossiers.haal(jaar)).stream()
                .map(VersieDto::van)
                .toList();
    }

    @GET
    @Path("{jaar}/beoordelingen")
    @Operation(summary = "De besluiten van de paraafhouders, met hun opmerkingen per document en tekstblok")
    public List<BeoordelingDto> beoordelingen(@PathParam("jaar") int jaar) {
        return dossiers.beoordelingen(dossiers.haal(jaar)).stream()
                .map(BeoordelingDto::van)
                .toList();
    }

    @PUT
    @Path("{jaar}/teksten/{blok}")
    @Operation(summary = "Wijzig een tekstblok (leeg: de standaardtekst van het sjabloon)")
    public DossierDto tekst(@PathParam("jaar") int jaar, @PathParam("blok") String blok, Tekst t) {
        ApiFout.vereist(t);
        Tekstblok b = Tekstblok.van(blok)
                .orElseThrow(() -> Fout.nietGevonden("'" + blok + "' is geen tekstblok; kies uit "
                        + Arrays.stream(Tekstblok.values()).map(Tekstblok::name).toList()));
        return DossierDto.van(dossiers.wijzigTekst(jaar, t.versieSlot(), b, t.tekst()));
    }

    @PUT
    @Path("{jaar}/briefgegevens")
    @Operation(
            summary = "Wijzig de briefgegevens: Kamerstuk, vergaderjaar, kenmerk, Betreft, datum en de ondertekenaar "
                    + "(gebruikersnaam van een ondertekenaar); Kamerstuk, kenmerk, Betreft en ondertekenaar zijn nodig "
                    + "voor het indienen")
    public DossierDto briefgegevens(@PathParam("jaar") int jaar, Briefgegevensinvoer b) {
        ApiFout.vereist(b);
        return DossierDto.van(dossiers.wijzigBriefgegevens(
                jaar,
                b.versieSlot(),
                new Briefdossiers.Briefgegevensinvoer(
                        b.kamerstuk(), b.vergaderjaar(), b.kenmerk(), b.betreft(), b.datum(), b.ondertekenaar())));
    }

    @PUT
    @Path("{jaar}/route")
    @Operation(
            summary =
                    "Wijzig de parafeerroute: stappen met functie en rol of gebruiker; herstart OPNIEUW of VANAF_TERUGSTURENDE_STAP")
    public DossierDto route(@PathParam("jaar") int jaar, Route r) {
        ApiFout.vereist(r);
        Herstart h = null;
        if (r.herstart() != null && !r.herstart().isBlank()) {
            try {
                h = Herstart.valueOf(r.herstart().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Fout.ongeldig("Veld herstart: kies OPNIEUW of VANAF_TERUGSTURENDE_STAP");
            }
        }
        List<Routestap> stappen = r.stappen().stream()
                .map(s -> s == null
                        ? null
                        : Standaardroute.stap(
                                s.functie(),
                                s.gebruiker() != null && !s.gebruiker().isBlank()
                                        ? "@" + s.gebruiker().strip()
                                        : s.rol()))
                .toList();
        return DossierDto.van(dossiers.wijzigRoute(jaar, r.versieSlot(), stappen, h));
    }

    @POST
    @Path("{jaar}/voorbeeld/{soort}")
    @Produces("application/pdf")
    @Operation(summary = "Voorbeeld van één document met de huidige teksten; er wordt niets bewaard")
    public Response voorbeeld(@PathParam("jaar") int jaar, @PathParam("soort") String soort) {
        return Response.ok(dossiers.voorbeeld(jaar, soort(soort)), "application/pdf")
                .build();
    }

    @POST
    @Path("{jaar}/versies")
    @Operation(summary = "Maak een nieuwe versie van de set met de huidige teksten")
    public Response nieuweVersie(@PathParam("jaar") int jaar, Versieverzoek v) {
        ApiFout.vereist(v);
        return Response.status(Response.Status.CREATED)
                .entity(VersieDto.van(dossiers.maakVersie(jaar, v.versieSlot())))
                .build();
    }

    @GET
    @Path("{jaar}/verschil")
    @Operation(summary = "Wat er veranderde tussen twee versies, per document, gelezen uit de PDF's")
    public List<VerschilDto> verschil(
            @PathParam("jaar") int jaar, @QueryParam("van") Integer van, @QueryParam("naar") Integer naar) {
        if (van == null || naar == null) {
            throw Fout.ongeldig("Parameters van en naar: geef twee versienummers");
        }
        return dossiers.verschil(jaar, van, naar).stream()
                .map(d -> new VerschilDto(d.soort().name(), d.soort().getLabel(), d.van(), d.naar(), d.wijzigingen()))
                .toList();
    }

    @POST
    @Path("{jaar}/indienen")
    @Operation(summary = "Dien de actuele versie in: de parafeerroute begint")
    public DossierDto indienen(@PathParam("jaar") int jaar, Besluit b) {
        ApiFout.vereist(b);
        return DossierDto.van(dossiers.dienIn(jaar, versie(b.versie())));
    }

    @POST
    @Path("{jaar}/goedkeuren")
    @Operation(summary = "Parafeer de actuele versie bij de huidige stap (niet wie eraan meeschreef)")
    public BeoordelingDto goedkeuren(@PathParam("jaar") int jaar, Besluit b) {
        ApiFout.vereist(b);
        return BeoordelingDto.van(dossiers.keurGoed(jaar, versie(b.versie()), opmerkingen(b.opmerkingen())));
    }

    @POST
    @Path("{jaar}/terugsturen")
    @Operation(summary = "Stuur de actuele versie terug naar de opsteller, met ten minste één opmerking")
    public BeoordelingDto terugsturen(@PathParam("jaar") int jaar, Besluit b) {
        ApiFout.vereist(b);
        return BeoordelingDto.van(dossiers.stuurTerug(jaar, versie(b.versie()), opmerkingen(b.opmerkingen())));
    }

    @POST
    @Path("{jaar}/ondertekenen")
    @Operation(
            summary =
                    "Onderteken en archiveer de goedgekeurde versie (rol ondertekenaar); de beslisnota krijgt het parafenblok")
    public DossierDto ondertekenen(@PathParam("jaar") int jaar, Ondertekening o) {
        ApiFout.vereist(o);
        return DossierDto.van(dossiers.onderteken(jaar, versie(o.versie()), o.classificatie()));
    }

    @GET
    @Path("taken")
    @Operation(summary = "Wat op de ingelogde gebruiker wacht")
    public List<TaakDto> taken() {
        return dossiers.taken().stream()
                .map(t -> new TaakDto(
                        t.dossier().getJaar(), t.dossier().getStatus().getLabel(), t.wat()))
                .toList();
    }

    static List<Opmerking> opmerkingen(List<OpmerkingDto> lijst) {
        if (lijst == null) {
            return List.of();
        }
        if (lijst.size() > 50) {
            throw Fout.ongeldig("Veld opmerkingen: ten hoogste 50 opmerkingen per besluit");
        }
        ArrayList<Opmerking> uit = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            OpmerkingDto o = lijst.get(i);
            try {
                if (o == null) {
                    throw new IllegalArgumentException("leeg");
                }
                uit.add(new Opmerking(o.onderwerp(), o.tekst()));
            } catch (IllegalArgumentException e) {
                throw Fout.ongeldig("Veld opmerkingen, opmerking " + (i + 1) + ": " + e.getMessage());
            }
        }
        return uit;
    }

    private static int versie(Integer v) {
        if (v == null) {
            throw Fout.ongeldig("Veld versie: geef het nummer van de versie waarover u besluit");
        }
        return v;
    }

    private static Documentsoort soort(String s) {
        try {
            return Documentsoort.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig("'" + s
                    + "' is geen documentsoort; kies KAMERBRIEF, BIJLAGE_1_CIJFERS, BIJLAGE_2_ACTIES of BESLISNOTA");
        }
    }
}
