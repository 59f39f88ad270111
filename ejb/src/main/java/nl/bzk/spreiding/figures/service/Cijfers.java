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
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.submission.entity.AanleveringStatus;

/**
 * Sums of accepted figures, computed in the database (GROUP BY), never by loading lines into memory.
 * Only GOEDGEKEURD submissions count: figures still under review are not reported.
 */
@Stateless
@RolesAllowed({Rol.MINISTRY_CONTACT_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
public class Cijfers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Gebruikers gebruikers;

    /** Filter of the dashboard: a sector and/or a ministry (codes), or null for all. */
    public record Filter(String sector, String ministerie) {
        public static final Filter GEEN = new Filter(null, null);
    }

    /** FTE on the peildatum summed per value of the dimension (prognose: the last prognosis year instead). */
    public Map<String, BigDecimal> som(int jaar, Dimensie dimensie, Filter filter, boolean prognose) {
        return sommen(jaar, List.of(dimensie), prognose ? "r.prognose5" : "r.fte", filter);
    }

    /** Two dimensions crossed, key "a|b" (e.g. province x sector). */
    public Map<String, BigDecimal> kruis(int jaar, Dimensie eerste, Dimensie tweede, Filter filter) {
        return sommen(jaar, List.of(eerste, tweede), "r.fte", filter);
    }

    /** One GROUP BY query over the accepted lines of a year (null: all years); the key joins the dimension values with "|". */
    private Map<String, BigDecimal> sommen(Integer jaar, List<Dimensie> dimensies, String waarde, Filter filter) {
        controleer(filter);
        String groep = dimensies.stream().map(d -> d.pad).collect(java.util.stream.Collectors.joining(", "));
        StringBuilder jpql = new StringBuilder("SELECT ").append(groep).append(", SUM(").append(waarde).append(") FROM AanleveringRegel r "
                + "WHERE r.aanlevering.status = :status");
        if (jaar != null) {
            jpql.append(" AND r.aanlevering.ronde.jaar = :jaar");
        }
        if (filter.sector() != null) {
            jpql.append(" AND r.onderdeel.sector.code = :sector");
        }
        if (filter.ministerie() != null) {
            jpql.append(" AND r.aanlevering.ministerie.code = :ministerie");
        }
        jpql.append(" GROUP BY ").append(groep);
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("status", AanleveringStatus.GOEDGEKEURD);
        if (jaar != null) {
            query.setParameter("jaar", jaar);
        }
        if (filter.sector() != null) {
            query.setParameter("sector", filter.sector());
        }
        if (filter.ministerie() != null) {
            query.setParameter("ministerie", filter.ministerie());
        }
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
        Map<Integer, BigDecimal> totalen = new java.util.TreeMap<>();
        sommen(null, List.of(Dimensie.JAAR), "r.fte", filter).forEach((jaar, totaal) -> totalen.put(Integer.valueOf(jaar), totaal));
        return totalen;
    }

    /** Growth of each unit within each province: key "provincie|onderdeel". */
    public Map<String, BigDecimal> perProvincieEnOnderdeel(int jaar, Filter filter) {
        return kruis(jaar, Dimensie.PROVINCIE, Dimensie.ONDERDEEL, filter);
    }

    /** The round years with accepted figures, oldest first. */
    public List<Integer> jaren() {
        return em.createQuery("SELECT DISTINCT a.ronde.jaar FROM Aanlevering a WHERE a.status = :status ORDER BY a.ronde.jaar", Integer.class)
                .setParameter("status", AanleveringStatus.GOEDGEKEURD).getResultList();
    }

    /** Ministry contacts see national totals, but a breakdown or filter by ministry only for their own ministry. */
    public boolean magMinisterieDetail(String ministerie) {
        return gebruikers.zietAlleMinisteries() || (ministerie != null && ministerie.equals(gebruikers.ingelogd().getMinisterie().getCode()));
    }

    private void controleer(Filter filter) {
        if (filter.ministerie() != null && !magMinisterieDetail(filter.ministerie())) {
            throw Fout.geenToegang("U kunt alleen de cijfers van uw eigen ministerie in detail bekijken");
        }
    }
}
