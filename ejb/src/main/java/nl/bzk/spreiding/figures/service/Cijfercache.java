package nl.bzk.spreiding.figures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.bzk.spreiding.platform.Sha256;

/**
 * The figures of a year and filter, computed once per view and kept until the figures change ({@link
 * Cijferwijzigingen} names the changes and empties the cache after they committed, here and on the other instances). The key holds what the caller may see ({@code zicht}: all ministries, or the own ministry of
 * a contact), so a cached picture is only ever handed to someone with the same rights as the one it was made for.
 *
 * <p>Everything is forgotten on any change: a year's picture also depends on the year before (growth) and on how many
 * ministries are accepted (what a contact may see), and changes are rare (a few dozen acceptances a year). A picture
 * computed while a change committed is not kept ({@link #generatie}). On several instances each keeps its own cache.
 */
@ApplicationScoped
public class Cijfercache {

    /** Enough for every year, filter and ministry in use; beyond it the cache starts afresh rather than grow. */
    static final int MAXIMUM = 2_000;

    /** The picture of a year. */
    public record Sleutel(int jaar, Cijfers.Filter filter, String zicht) {}

    /** The development over all years per province, sector or ministry. */
    public record Ontwikkelingsleutel(Dimensie per, Cijfers.Filter filter, String zicht, boolean metVoorlopig) {}

    /** The national total per year (the bar chart). */
    public record Totaalsleutel(Cijfers.Filter filter, String zicht) {}

    /** Whether a year counts (the same for everyone who may see figures). */
    public record Statussleutel(int jaar) {}

    /** The years with accepted figures (the same for everyone: what a caller may see of a year is decided per year). */
    private record Jarensleutel() {}

    /** The picture of a year as the API writes it (the key of {@link Sleutel}, kept apart from the picture itself). */
    private record Geschrevensleutel(Sleutel beeld) {}

    /**
     * A picture written as JSON once, with its entity tag: the API hands out the bytes (or a 304 to a client that has
     * them) instead of writing the same large picture for every request.
     */
    public record Geschreven(byte[] json, String etag) {
        public static Geschreven van(byte[] json) {
            return new Geschreven(json, Sha256.van(json).substring(0, 32));
        }
    }

    /**
     * Markup made from a picture (a page's fixed part, rendered once), kept apart from the pictures: it is larger (about
     * 100 kB for the dashboard), so it has its own bound in characters.
     */
    static final long MAXIMUM_WEERGAVETEKENS = 16L * 1024 * 1024;

    /** Markup of one kind ({@code soort}, e.g. the dashboard's figures per province) made from the picture of a key. */
    private record Weergavesleutel(Sleutel beeld, String soort) {}

    private final Map<Object, Object> beelden = new ConcurrentHashMap<>();
    private final Map<Weergavesleutel, String> weergaven = new ConcurrentHashMap<>();
    private final AtomicLong weergavetekens = new AtomicLong();
    private final AtomicLong generatie = new AtomicLong();

    public Dashboard.Beeld haal(Sleutel sleutel, Supplier<Dashboard.Beeld> bereken) {
        return bewaard(sleutel, bereken);
    }

    /** A text made from the picture of a year (e.g. the dashboard's opening sentence). */
    private record Tekstsleutel(Sleutel beeld, String soort) {}

    public String haalTekst(Sleutel sleutel, String soort, Supplier<String> maak) {
        return bewaard(new Tekstsleutel(sleutel, soort), maak);
    }

    public Geschreven haalGeschreven(Sleutel sleutel, Supplier<Geschreven> schrijf) {
        return bewaard(new Geschrevensleutel(sleutel), schrijf);
    }

    /**
     * Markup made from the figures under a key (a page's part that shows nothing but them), made once and kept until the
     * figures change, like the picture itself. Whoever asks must have got the key from {@link Dashboard}, which puts
     * the caller's rights in it. {@code maak} answers null for markup that must not be kept (it went wrong while
     * being made); then null is returned and nothing is kept.
     */
    public String haalWeergave(Sleutel sleutel, String soort, Supplier<String> maak) {
        Weergavesleutel w = new Weergavesleutel(sleutel, soort);
        String markup = weergaven.get(w);
        if (markup != null) {
            return markup;
        }
        long voor = generatie.get();
        markup = maak.get();
        if (markup != null && generatie.get() == voor) {
            if (weergavetekens.addAndGet(markup.length()) > MAXIMUM_WEERGAVETEKENS) {
                weergaven.clear();
                weergavetekens.set(markup.length());
            }
            String vervangen = weergaven.put(w, markup);
            if (vervangen != null) {
                weergavetekens.addAndGet(-vervangen.length());
            }
        }
        return markup;
    }

    /** The years with accepted figures, oldest first; every dashboard page lists them. */
    public List<Integer> haalJaren(Supplier<List<Integer>> lees) {
        return bewaard(new Jarensleutel(), () -> List.copyOf(lees.get()));
    }

    public Jaarstatus haal(Statussleutel sleutel, Supplier<Jaarstatus> bereken) {
        return bewaard(sleutel, bereken);
    }

    public Dashboard.Ontwikkeling haal(Ontwikkelingsleutel sleutel, Supplier<Dashboard.Ontwikkeling> bereken) {
        return bewaard(sleutel, bereken);
    }

    public Map<Integer, BigDecimal> haal(Totaalsleutel sleutel, Supplier<Map<Integer, BigDecimal>> bereken) {
        // oldest year first, as the chart draws them; nobody may change what is shared
        return bewaard(sleutel, () -> Collections.unmodifiableMap(new TreeMap<>(bereken.get())));
    }

    /** What is kept under a key of one of the types above, always of that key's value type (see the methods above). */
    @SuppressWarnings("unchecked")
    private <T> T bewaard(Object sleutel, Supplier<T> bereken) {
        T waarde = (T) beelden.get(sleutel);
        if (waarde != null) {
            return waarde;
        }
        long voor = generatie.get();
        waarde = bereken.get();
        if (generatie.get() == voor) {
            if (beelden.size() >= MAXIMUM) {
                beelden.clear();
            }
            beelden.put(sleutel, waarde);
        }
        return waarde;
    }

    /** Called by {@link Cijferwijzigingen} when the figures changed, here or on another instance. */
    void vergeetAlles() {
        generatie.incrementAndGet();
        beelden.clear();
        weergaven.clear();
        weergavetekens.set(0);
    }

    int omvang() {
        return beelden.size();
    }

    int weergaven() {
        return weergaven.size();
    }
}
