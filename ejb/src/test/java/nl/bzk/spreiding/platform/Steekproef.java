package nl.bzk.spreiding.platform;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded, reproducible randomised cases for a property in plain JUnit Jupiter (replaces jqwik, docs/decisions.md):
 * first every edge case the test lists, then a fixed number of generated cases. Each generated case draws from its
 * own generator, split from the run's seed, so a failure names the run's seed and the case's number, and the same
 * seed replays the same cases: {@code -Dsteekproef.zaad=<seed>}. Without that setting each run draws a new seed, so
 * the runs together explore more than one fixed set; {@code -Dsteekproef.gevallen=<n>} changes the number of cases.
 */
public final class Steekproef {

    /** Generated cases per property, as jqwik tried by default. */
    public static final int GEVALLEN = Integer.getInteger("steekproef.gevallen", 1000);

    private final long zaad;

    private Steekproef(long zaad) {
        this.zaad = zaad;
    }

    /** A run with the seed of {@code -Dsteekproef.zaad} or a new one. */
    public static Steekproef nieuw() {
        String gegeven = System.getProperty("steekproef.zaad");
        return new Steekproef(
                gegeven == null || gegeven.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(gegeven));
    }

    /** A run with a fixed seed (for the tests of this class). */
    public static Steekproef metZaad(long zaad) {
        return new Steekproef(zaad);
    }

    public long zaad() {
        return zaad;
    }

    /**
     * Checks the property on every edge case, then on {@link #GEVALLEN} generated ones; the first failure is thrown
     * as an {@link AssertionError} that names the case, its value and the seed to replay the run.
     */
    public <T> void controleer(
            List<T> randgevallen, Function<SplittableRandom, T> maker, Consumer<? super T> eigenschap) {
        controleer(randgevallen, maker, GEVALLEN, eigenschap);
    }

    public <T> void controleer(
            List<T> randgevallen, Function<SplittableRandom, T> maker, int aantal, Consumer<? super T> eigenschap) {
        Objects.requireNonNull(eigenschap);
        for (int i = 0; i < randgevallen.size(); i++) {
            toets(eigenschap, randgevallen.get(i), "randgeval " + (i + 1) + " van " + randgevallen.size());
        }
        SplittableRandom bron = new SplittableRandom(zaad);
        for (int i = 0; i < aantal; i++) {
            SplittableRandom geval = bron.split();
            toets(eigenschap, maker.apply(geval), "geval " + (i + 1) + " van " + aantal);
        }
    }

    private <T> void toets(Consumer<? super T> eigenschap, T waarde, String welk) {
        try {
            eigenschap.accept(waarde);
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "Eigenschap geschonden bij " + welk + " (herhaal met -Dsteekproef.zaad=" + zaad + "): " + waarde
                            + System.lineSeparator() + e.getMessage(),
                    e);
        }
    }
}
