package nl.bzk.spreiding.figures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.bzk.spreiding.referentie.service.Referentiegewijzigd;
import nl.bzk.spreiding.submission.service.AanleveringBeoordeeld;

/**
 * The figures of a year and filter, computed once per view and kept until the figures change: a submission accepted
 * or returned ({@link AanleveringBeoordeeld}) or reference data changed ({@link Referentiegewijzigd}), seen here after
 * the transaction that changed them committed. The key holds what the caller may see ({@code zicht}: all ministries, or the own ministry of
 * a contact), so a cached picture is only ever handed to someone with the same rights as the one it was made for.
 *
 * <p>Everything is forgotten on any change: a year's picture also depends on the year before (growth) and on how many
 * ministries are accepted (what a contact may see), and changes are rare (a few dozen acceptances a year). A picture
 * computed while a change committed is not kept ({@link #generatie}). On several instances each keeps its own cache;
 * telling the others is issue 18's data grid.
 */
@ApplicationScoped
public class Cijfercache {

    /** Enough for every year, filter and ministry in use; beyond it the cache starts afresh rather than grow. */
    static final int MAXIMUM = 2_000;

    public record Sleutel(int jaar, Cijfers.Filter filter, String zicht) {}

    private final Map<Sleutel, Dashboard.Beeld> beelden = new ConcurrentHashMap<>();
    private final AtomicLong generatie = new AtomicLong();

    public Dashboard.Beeld haal(Sleutel sleutel, Supplier<Dashboard.Beeld> bereken) {
        Dashboard.Beeld beeld = beelden.get(sleutel);
        if (beeld != null) {
            return beeld;
        }
        long voor = generatie.get();
        beeld = bereken.get();
        if (generatie.get() == voor) {
            if (beelden.size() >= MAXIMUM) {
                beelden.clear();
            }
            beelden.put(sleutel, beeld);
        }
        return beeld;
    }

    void beoordeeld(@Observes(during = TransactionPhase.AFTER_SUCCESS) AanleveringBeoordeeld gebeurtenis) {
        vergeetAlles();
    }

    void referentie(@Observes(during = TransactionPhase.AFTER_SUCCESS) Referentiegewijzigd gebeurtenis) {
        vergeetAlles();
    }

    private void vergeetAlles() {
        generatie.incrementAndGet();
        beelden.clear();
    }

    int omvang() {
        return beelden.size();
    }
}
