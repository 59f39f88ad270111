package nl.bzk.spreiding.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringStatus;

/**
 * The ministries whose submission of a year is accepted: what a round's rules ({@code Ronde.isDefinitief}, the
 * exception) are decided on. One query for the figures' year status and the rounds' own pages. Not role-checked: it
 * names ministry codes only, and its callers check their own callers.
 */
@ApplicationScoped
public class Goedkeuringen {

    @PersistenceContext
    private EntityManager em;

    public Set<String> goedgekeurdeMinisteries(int jaar) {
        return Set.copyOf(em.createNamedQuery(Aanlevering.MINISTERIES_MET_STATUS, String.class)
                .setParameter("status", AanleveringStatus.GOEDGEKEURD)
                .setParameter("jaar", jaar)
                .getResultList());
    }
}
