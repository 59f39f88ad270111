package nl.bzk.spreiding.archive.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import nl.bzk.spreiding.platform.Fout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many PDF checks by EU DSS run at once on this instance (an uploaded PDF, the verification of an archived one).
 * Each may take a few seconds of a core within the bounds of the pre-scan; beyond the places a caller gets a 503 with
 * Retry-After at once instead of waiting in a queue that would hold a request thread.
 */
@ApplicationScoped
public class Controleplaatsen {

    /** Seconds after which a refused caller may try again. */
    static final int WACHTTIJD = 5;

    @Inject
    @ConfigProperty(name = "spreiding.archief.controle.gelijktijdig", defaultValue = "2")
    int aantal;

    private Semaphore plaatsen;

    @PostConstruct
    void maak() {
        plaatsen = new Semaphore(Math.max(1, aantal));
    }

    public <T> T metPlaats(Supplier<T> controle) {
        if (!plaatsen.tryAcquire()) {
            throw Fout.bezet(
                    "Er worden nu al " + Math.max(1, aantal) + " PDF-bestanden gecontroleerd. Probeer het over "
                            + WACHTTIJD + " seconden opnieuw; er is niets gewijzigd.",
                    WACHTTIJD);
        }
        try {
            return controle.get();
        } finally {
            plaatsen.release();
        }
    }
}
