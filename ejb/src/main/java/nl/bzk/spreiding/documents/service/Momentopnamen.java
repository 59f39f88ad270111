package nl.bzk.spreiding.documents.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import nl.bzk.spreiding.actionplan.entity.Rapportageperiode;
import nl.bzk.spreiding.actionplan.service.Actieplan;
import nl.bzk.spreiding.cases.service.Casussen;
import nl.bzk.spreiding.figures.service.Cijfers;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Dimensie;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.entity.Sector;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;
import nl.bzk.spreiding.security.entity.Rol;

/** Collects the current data for a document into a snapshot ({@link MomentopnameOpbouw}). */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
public class Momentopnamen {

    @Inject
    private Dashboard dashboard;

    @Inject
    private Actieplan actieplan;

    @Inject
    private Casussen casussen;

    @Inject
    private Referentiegegevens referentie;

    @Inject
    private Kaartgeometrie kaart;

    @Resource
    private SessionContext context;

    @Inject
    private Briefhoofdinstellingen briefhoofd;

    public void controleerJaar(int jaar) {
        if (!dashboard.jaren().contains(jaar)) {
            throw Fout.ongeldig(
                    "Veld jaar: voor " + jaar + " zijn geen goedgekeurde cijfers; kies uit " + dashboard.jaren());
        }
        if (!dashboard.heeftPrognose(jaar)) {
            // The letter reports a year's prognosis and its round; the series only feeds the development.
            throw Fout.ongeldig("Veld jaar: " + jaar + " is een jaar uit de historische reeks, zonder prognose; "
                    + "een brief gaat over het jaar van een inventarisatieronde");
        }
        // Issue 31: a letter, its set and its preview report a definitief year; a provisional one only by a recorded
        // exception, made by another coordinator, and then marked VOORLOPIG on every page (Documentopmaak).
        Fout waarom = dashboard
                .jaarstatus(jaar)
                .waaromGeenBrief(context.getCallerPrincipal().getName(), dashboard.briefjaren());
        if (waarom != null) {
            throw waarom;
        }
    }

    /** @param v the request with its defaults filled in: year, period, date and signatory present */
    public Momentopname bouw(Documentgenerator.Verzoek v) {
        controleerJaar(v.jaar());
        Rapportageperiode periode = actieplan.periode(v.periode());
        return MomentopnameOpbouw.momentopname(
                MomentopnameOpbouw.document(v, kaart.geometrie().bron(), briefhoofd.briefhoofd()),
                MomentopnameOpbouw.cijfers(
                        dashboard.beeld(v.jaar(), Cijfers.Filter.GEEN),
                        referentie.sectoren().stream().collect(Collectors.toMap(Sector::getCode, Sector::getNaam)),
                        referentie.ministeries().stream()
                                .collect(Collectors.toMap(Ministerie::getCode, Ministerie::getNaam)),
                        referentie.provincies().stream()
                                .filter(Provincie::isToeTeDelen)
                                .map(Provincie::getCode)
                                .collect(Collectors.toSet())),
                MomentopnameOpbouw.ontwikkeling(
                        v.jaar(),
                        dashboard.ontwikkeling(Dimensie.PROVINCIE, Cijfers.Filter.GEEN),
                        dashboard.totaalPerJaar(Cijfers.Filter.GEEN),
                        dashboard.historischeJaren()),
                MomentopnameOpbouw.actieplan(periode, actieplan.maatregelen(), actieplan.standen(periode.getNaam())),
                MomentopnameOpbouw.casussen(casussen.lijst(null, null, null)),
                v.dossier());
    }

    /** The year a new document reports by default: the last definitief one (Dashboard), or null. */
    public Integer laatsteJaar() {
        return dashboard.standaardJaar();
    }

    /** The newest reporting period of the action plan, or null. */
    public String laatstePeriode() {
        List<Rapportageperiode> p = actieplan.periodes();
        return p.isEmpty() ? null : p.get(0).getNaam();
    }
}
