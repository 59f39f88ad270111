package nl.bzk.spreiding.submission.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Vrijetekst;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringRegel;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.Verwachting;
import nl.bzk.spreiding.submission.service.Overzicht;
import nl.bzk.spreiding.submission.service.Vergelijking;

/** What the submissions API sends and receives. */
public final class AanleveringDtos {

    private AanleveringDtos() {}

    public record RondeDto(
            int jaar,
            LocalDate peildatum,
            LocalDate opening,
            LocalDate deadline,
            String status,
            int[] prognosejaren,
            int horizon,
            boolean historisch,
            long versie,
            List<VerwachtingDto> verwachting,
            VoorlopigeBriefDto voorlopigeBrief) {
        static RondeDto van(Ronde r) {
            return new RondeDto(
                    r.getJaar(),
                    r.getPeildatum(),
                    r.getOpening(),
                    r.getDeadline(),
                    r.getStatus().name(),
                    r.getPrognosejaren(),
                    r.getHorizon(),
                    r.isHistorisch(),
                    r.getVersion(),
                    r.getVerwachtingen().stream().map(VerwachtingDto::van).toList(),
                    r.getVoorlopigeBriefDoor() == null
                            ? null
                            : new VoorlopigeBriefDto(
                                    r.getVoorlopigeBriefDoor(), r.getVoorlopigeBriefOp(), r.getVoorlopigeBriefReden()));
        }
    }

    /** The exception recorded for a letter about the round's provisional year (issue 31): who, when, why. */
    public record VoorlopigeBriefDto(String door, OffsetDateTime op, String reden) {}

    /** The reason for a letter about a provisional year, and the round's version (no lost updates). */
    public record VoorlopigeBriefAanvraag(@Vrijetekst String reden, long versie) {}

    /** A ministry the round expects, or (levertNiet, with the reason) does not (issue 31). */
    public record VerwachtingDto(
            String ministerie,
            String ministerieNaam,
            boolean levertNiet,
            String reden,
            String gewijzigdDoor,
            OffsetDateTime gewijzigdOp) {
        static VerwachtingDto van(Verwachting v) {
            return new VerwachtingDto(
                    v.getMinisterie().getCode(),
                    v.getMinisterie().getNaam(),
                    v.isLevertNiet(),
                    v.getReden(),
                    v.getGewijzigdDoor(),
                    v.getGewijzigdOp());
        }
    }

    /** The ministries expected from now on (codes); the others of the list are marked as not filing, with the reason. */
    public record VerwachtingWijziging(
            List<@Regeltekst String> verwacht, @Vrijetekst String reden, long versie) {}

    /** prognosejaren: how many years after the peildatum are forecast (empty: spreiding.ronde.prognosejaren, 4). */
    public record NieuweRonde(int jaar, LocalDate opening, LocalDate deadline, Integer prognosejaren) {}

    public record Versie(long versie) {}

    public record Terugsturen(long versie, @Vrijetekst String opmerking) {}

    public record AanleveringDto(
            long id,
            int jaar,
            String ministerie,
            String ministerieNaam,
            String status,
            boolean teLaat,
            OffsetDateTime ingediendOp,
            String ingediendDoor,
            String opmerkingBzk,
            long versie) {
        static AanleveringDto van(Aanlevering a) {
            return new AanleveringDto(
                    a.getId(),
                    a.getRonde().getJaar(),
                    a.getMinisterie().getCode(),
                    a.getMinisterie().getNaam(),
                    a.getStatus().name(),
                    a.isTeLaat(),
                    a.getIngediendOp(),
                    a.getIngediendDoor(),
                    a.getOpmerkingBzk(),
                    a.getVersion());
        }
    }

    /** A line as read and as sent: the figures are JSON numbers with at most two decimals. */
    public record RegelDto(
            @Regeltekst String onderdeel,
            @Regeltekst String provincie,
            @Regeltekst String gemeente,
            BigDecimal fte,
            List<BigDecimal> prognose,
            @Vrijetekst String toelichting) {
        static RegelDto van(AanleveringRegel r) {
            return new RegelDto(
                    r.getOnderdeel().getCode(),
                    r.getProvincie().getCode(),
                    r.getGemeente(),
                    r.getFte(),
                    r.getPrognose(),
                    r.getToelichting());
        }
    }

    public record Regels(long versie, List<RegelDto> regels) {}

    public record VerschilDto(
            String onderdeel,
            String provincie,
            BigDecimal vorigJaar,
            BigDecimal ditJaar,
            BigDecimal verschil,
            BigDecimal procent,
            boolean toelichtingNodig,
            boolean heeftToelichting) {
        static VerschilDto van(Vergelijking.Verschil v) {
            return new VerschilDto(
                    v.onderdeel(),
                    v.provincie(),
                    v.vorigJaar(),
                    v.ditJaar(),
                    v.verschil(),
                    v.procent(),
                    v.toelichtingNodig(),
                    v.heeftToelichting());
        }
    }

    public record DetailDto(
            AanleveringDto aanlevering,
            List<RegelDto> regels,
            List<VerschilDto> verschillen,
            List<Overzicht.OnderdeelTotaal> perOnderdeel,
            BigDecimal totaalVorigJaar,
            BigDecimal totaalDitJaar,
            long ontbrekendeToelichtingen) {
        static DetailDto van(Overzicht o) {
            return new DetailDto(
                    AanleveringDto.van(o.aanlevering()),
                    o.regels().stream().map(RegelDto::van).toList(),
                    o.verschillen().stream().map(VerschilDto::van).toList(),
                    o.perOnderdeel(),
                    o.totaalVorigJaar(),
                    o.totaalDitJaar(),
                    o.aantalOntbrekendeToelichtingen());
        }
    }
}
