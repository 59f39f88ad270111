package nl.bzk.spreiding.figures.service;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.bzk.spreiding.referentie.service.Referentiegewijzigd;
import nl.bzk.spreiding.submission.service.AanleveringBeoordeeld;
import nl.bzk.spreiding.submission.service.ReeksIngelezen;
import nl.bzk.spreiding.submission.service.RondeGewijzigd;

/**
 * The one list of changes that alter the figures: a submission accepted or returned ({@link AanleveringBeoordeeld}),
 * reference data changed ({@link Referentiegewijzigd}), a round opened, closed or its expected ministries changed
 * ({@link RondeGewijzigd}: whether a year is definitief), the historical series imported ({@link ReeksIngelezen}). Once
 * such a change has committed, this instance's {@link Cijfercache} is emptied and the other instances are told through
 * Payara's data grid (clustered CDI events, Hazelcast), each emptying its own on receipt. The message is a plain
 * string, so no class of the application crosses the grid. A single instance (Payara Micro with {@code --nocluster},
 * Payara Server) is a grid of one: the message goes nowhere.
 */
@ApplicationScoped
public class Cijferwijzigingen {

    private static final Logger LOG = Logger.getLogger(Cijferwijzigingen.class.getName());
    static final String GEBEURTENIS = "spreiding.cijfers-gewijzigd";

    @Inject
    private Cijfercache cache;

    @Inject
    @Outbound(eventName = GEBEURTENIS)
    private Event<String> anderen;

    void beoordeeld(@Observes(during = TransactionPhase.AFTER_SUCCESS) AanleveringBeoordeeld gebeurtenis) {
        gewijzigd("aanlevering " + gebeurtenis.aanlevering() + " beoordeeld");
    }

    void referentie(@Observes(during = TransactionPhase.AFTER_SUCCESS) Referentiegewijzigd gebeurtenis) {
        gewijzigd("referentiegegevens gewijzigd");
    }

    void ronde(@Observes(during = TransactionPhase.AFTER_SUCCESS) RondeGewijzigd gebeurtenis) {
        gewijzigd("inventarisatieronde " + gebeurtenis.jaar() + " gewijzigd");
    }

    void reeks(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReeksIngelezen gebeurtenis) {
        gewijzigd("historische reeks ingelezen");
    }

    private void gewijzigd(String wat) {
        cache.vergeetAlles();
        anderen.fire(wat);
    }

    void elders(@Observes @Inbound(eventName = GEBEURTENIS) String wat) {
        cache.vergeetAlles();
        LOG.fine(() -> "Cijfercache geleegd: " + wat + " op een andere instantie");
    }
}
