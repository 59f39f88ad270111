package nl.bzk.spreiding.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The database decides which instance runs a scheduled job: each firing claims its minute ({@code taakuitvoering},
 * primary key job and minute); the instance whose row goes in runs the job, the others skip it. The job fires on every
 * instance at the same clock minute, so the claim holds as long as the clocks agree to well within a minute (NTP). The
 * jobs are also safe to run twice (the renewal only renews what is due), so a firing delayed past its minute costs
 * work, not correctness.
 */
@Stateless
public class Taakslot {

    /** This instance as the claim records it: the JVM's name (process id and host). */
    public static final String INSTANTIE = ManagementFactory.getRuntimeMXBean().getName();

    /** A claim: one row per job and minute; a second claim of the same minute inserts nothing. */
    static final String CLAIM = "INSERT INTO taakuitvoering (taak, tijdvak, instantie, gestart_op) "
            + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";

    @PersistenceContext
    private EntityManager em;

    /** In a transaction of its own, committed before the job starts, so the others see the claim at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean neem(String taak, Instant moment) {
        return em.createNativeQuery(CLAIM)
                        .setParameter(1, taak)
                        .setParameter(2, tijdvak(moment))
                        .setParameter(3, INSTANTIE)
                        .setParameter(4, OffsetDateTime.ofInstant(moment, ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** The minute a firing belongs to. */
    static OffsetDateTime tijdvak(Instant moment) {
        return OffsetDateTime.ofInstant(moment.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
    }
}
