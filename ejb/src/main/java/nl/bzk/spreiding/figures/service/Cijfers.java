package nl.bzk.spreiding.figures.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.bzk.spreiding.platform.Filtervraag;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringStatus;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.service.Goedkeuringen;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sums of accepted figures, computed in the database (GROUP BY), never by loading lines into memory.
 * Only GOEDGEKEURD submissions count: figures still under review are not reported.
 */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Cijfers {

    @Inject
    private Goedkeuringen goedkeuringen;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private Cijfercache cache;

    /**
     * A ministry contact sees national figures of a year only once at least this many ministries are accepted in it:
     * with fewer, "national" minus their own would be one other ministry's figures (docs/security.md).
     */
    @Inject
    @ConfigProperty(name = "spreiding.cijfers.landelijk-vanaf-ministeries", defaultValue = "4")
    private int landelijkVanaf;

    /** Filter of the dashboard: a sector and/or a ministry (codes), or null for all. */
    public record Filter(String sector, String ministerie) {
        public static final Filter GEEN = new Filter(null, null);
    }

    /** The prognosis of the last year of each line's round (its horizon). */
    private static final String PROGNOSE_OP_HORIZON =
            "CASE r.aanlevering.ronde.aantalPrognosejaren WHEN 1 THEN r.prognose1 "
                    + "WHEN 2 THEN r.prognose2 WHEN 3 THEN r.prognose3 WHEN 4 THEN r.prognose4 ELSE r.prognose5 END";

    /** FTE on the peildatum summed per value of the dimension (prognose: the round's last prognosis year instead). */
    public Map<String, BigDecimal> som(int jaar, Dimensie dimensie, Filter filter, boolean prognose) {
        controleer(jaar, filter);
        controleerDetail(dimensie, filter);
        Map<String, BigDecimal> sommen =
                sommen(jaar, List.of(dimensie), prognose ? PROGNOSE_OP_HORIZON : "r.fte", filter);
        if (dimensie == Dimensie.MINISTERIE) {
            if (!gebruikers.zietAlleMinisteries()) {
                // One look-up of the caller's ministry for the whole breakdown, not one per ministry.
                String eigen = gebruikers.eigenMinisterie().getCode();
                sommen.keySet().removeIf(ministerie -> !ministerie.equals(eigen));
            }
        }
        return sommen;
    }

    /** One GROUP BY query over the accepted lines of a year (null: all years); the key joins the dimension values with "|". */
    private Map<String, BigDecimal> sommen(Integer jaar, List<Dimensie> dimensies, String waarde, Filter filter) {
        String groep = dimensies.stream().map(d -> d.pad).collect(Collectors.joining(", "));
        TypedQuery<Object[]> query = Filtervraag.van(
                        Object[].class, "SELECT " + groep + ", SUM(" + waarde + ") FROM AanleveringRegel r")
                .met("r.aanlevering.status = :status", "status", AanleveringStatus.GOEDGEKEURD)
                .met("r.aanlevering.ronde.jaar = :jaar", "jaar", jaar)
                .met("r.onderdeel.sector.code = :sector", "sector", filter.sector())
                .met("r.aanlevering.ministerie.code = :ministerie", "ministerie", filter.ministerie())
                .groepeer(groep)
                .query(em);
        Map<String, BigDecimal> sommen = new HashMap<>();
        int n = dimensies.size();
        for (Object[] rij : query.getResultList()) {
            StringBuilder sleutel = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sleutel.append(i == 0 ? "" : "|").append(rij[i]);
            }
            sommen.put(sleutel.toString(), (BigDecimal) rij[n]);
        }
        return sommen;
    }

    /** The national total of every year with accepted figures, in one query (the development chart). */
    public Map<Integer, BigDecimal> totaalPerJaar(Filter filter) {
        controleerFilter(filter);
        Map<Integer, BigDecimal> totalen = new TreeMap<>();
        sommen(null, List.of(Dimensie.JAAR), "r.fte", filter).forEach((jaar, totaal) -> {
            if (magZien(Integer.parseInt(jaar), filter)) {
                totalen.put(Integer.valueOf(jaar), totaal);
            }
        });
        return totalen;
    }

    /**
     * The development over every year with accepted figures the caller may see: per year (oldest first) the FTE per
     * value of the dimension, in one query. The same access rules as {@link #som} for each year.
     */
    public Map<Integer, Map<String, BigDecimal>> perJaar(Dimensie dimensie, Filter filter) {
        controleerFilter(filter);
        controleerDetail(dimensie, filter);
        String eigen = dimensie == Dimensie.MINISTERIE && !gebruikers.zietAlleMinisteries()
                ? gebruikers.eigenMinisterie().getCode()
                : null;
        Map<Integer, Map<String, BigDecimal>> perJaar = new TreeMap<>();
        Map<Integer, Boolean> zichtbaar = new HashMap<>();
        sommen(null, List.of(Dimensie.JAAR, dimensie), "r.fte", filter).forEach((sleutel, fte) -> {
            String[] delen = sleutel.split("\\|");
            int jaar = Integer.parseInt(delen[0]);
            if (zichtbaar.computeIfAbsent(jaar, j -> magZien(j, filter)) && (eigen == null || eigen.equals(delen[1]))) {
                perJaar.computeIfAbsent(jaar, j -> new TreeMap<>()).put(delen[1], fte);
            }
        });
        return perJaar;
    }

    /** Each unit within each province (key "provincie|onderdeel"), on the peildatum or (prognose) on the horizon. */
    public Map<String, BigDecimal> perProvincieEnOnderdeel(int jaar, Filter filter, boolean prognose) {
        controleer(jaar, filter);
        controleerDetail(Dimensie.ONDERDEEL, filter);
        return sommen(
                jaar,
                List.of(Dimensie.PROVINCIE, Dimensie.ONDERDEEL),
                prognose ? PROGNOSE_OP_HORIZON : "r.fte",
                filter);
    }

    /** The last prognosis year of the round of {@code jaar} ("Prognose 2025 – 2029"). */
    public int horizon(int jaar) {
        return em.createNamedQuery(Ronde.LAATSTE_PROGNOSEJAAR, Integer.class)
                .setParameter("jaar", jaar)
                .getResultStream()
                .findFirst()
                .orElse(jaar + Ronde.MAXIMAAL_PROGNOSEJAREN);
    }

    /**
     * Whether the figures of a year count (issue 31): {@link Ronde#isDefinitief}, with what is missing. Kept in the
     * figures cache, which every change of a round or an acceptance empties.
     */
    public Jaarstatus jaarstatus(int jaar) {
        return cache.haal(
                new Cijfercache.Statussleutel(jaar),
                () -> em.createNamedQuery(Ronde.VAN_JAAR, Ronde.class)
                        .setParameter("jaar", jaar)
                        .getResultStream()
                        .findFirst()
                        .map(r -> Jaarstatus.van(r, goedkeuringen.goedgekeurdeMinisteries(jaar)))
                        .orElse(Jaarstatus.zonderRonde(jaar)));
    }

    /** Whether the year's figures are definitief ({@link #jaarstatus}). */
    public boolean isDefinitief(int jaar) {
        return jaarstatus(jaar).definitief();
    }

    /** The years of the historical series (rounds imported by BZK, without prognosis). */
    public Set<Integer> historischeJaren() {
        return new TreeSet<>(
                em.createNamedQuery(Ronde.HISTORISCHE_JAREN, Integer.class).getResultList());
    }

    /** The round years with accepted figures, oldest first. */
    public List<Integer> jaren() {
        return em.createNamedQuery(Aanlevering.JAREN_MET_STATUS, Integer.class)
                .setParameter("status", AanleveringStatus.GOEDGEKEURD)
                .getResultList();
    }

    /*
     * What a ministry contact may see (one rule, enforced here for every page, API call and CSV):
     *  - everything of their own ministry (filter ministerie = own, optionally with a sector);
     *  - national totals per province of a year once at least `landelijkVanaf` ministries are accepted in it;
     *  - never a breakdown that isolates other ministries: no other ministry, no sector filter or per-sector table
     *    outside their own ministry (a sector can be a single ministry), no units of other ministries.
     * BZK coordinators see everything.
     */

    /** What the caller may see, as a cache key: "*" for all ministries, else the code of the own ministry. */
    public String zicht() {
        return gebruikers.zietAlleMinisteries()
                ? "*"
                : gebruikers.eigenMinisterie().getCode();
    }

    /** Ministry contacts see a breakdown by ministry only for their own ministry. */
    public boolean magMinisterieDetail(String ministerie) {
        return gebruikers.zietAlleMinisteries()
                || (ministerie != null
                        && ministerie.equals(gebruikers.eigenMinisterie().getCode()));
    }

    /** Breakdowns by sector or unit: everyone for their own ministry, BZK for all. */
    public boolean magDetail(Filter filter) {
        return gebruikers.zietAlleMinisteries()
                || (filter.ministerie() != null && magMinisterieDetail(filter.ministerie()));
    }

    /** Whether the caller may see the figures of this year with this filter. */
    public boolean magZien(int jaar, Filter filter) {
        return magDetail(filter) || goedgekeurdeMinisteries(jaar) >= landelijkVanaf;
    }

    public int getLandelijkVanaf() {
        return landelijkVanaf;
    }

    private long goedgekeurdeMinisteries(int jaar) {
        return em.createNamedQuery(Aanlevering.AANTAL_MINISTERIES_MET_STATUS, Long.class)
                .setParameter("status", AanleveringStatus.GOEDGEKEURD)
                .setParameter("jaar", jaar)
                .getSingleResult();
    }

    private void controleer(int jaar, Filter filter) {
        controleerFilter(filter);
        if (!magZien(jaar, filter)) {
            throw Fout.geenToegang("De landelijke cijfers van " + jaar
                    + " zijn voor contactpersonen zichtbaar zodra ten minste " + landelijkVanaf
                    + " ministeries zijn goedgekeurd. Bekijk intussen de cijfers van uw eigen ministerie.");
        }
    }

    /** Breakdowns by sector or unit are ministry detail (see {@link #magDetail}). */
    private void controleerDetail(Dimensie dimensie, Filter filter) {
        if ((dimensie == Dimensie.SECTOR || dimensie == Dimensie.ONDERDEEL) && !magDetail(filter)) {
            throw geenDetail();
        }
    }

    private static Fout geenDetail() {
        return Fout.geenToegang("U kunt alleen de cijfers van uw eigen ministerie in detail bekijken");
    }

    private void controleerFilter(Filter filter) {
        if (filter.ministerie() != null && !magMinisterieDetail(filter.ministerie())) {
            throw geenDetail();
        }
        if (filter.sector() != null && !magDetail(filter)) {
            throw Fout.geenToegang(
                    "Per sector kunt u alleen de cijfers van uw eigen ministerie bekijken; kies ook uw ministerie");
        }
    }
}
