package nl.bzk.spreiding.notificatie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Hands a message to the mailer only after the action's transaction committed. */
@ApplicationScoped
public class Verzending {

    @Inject
    private Mailer mailer;

    void naCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Bericht bericht) {
        if (mailer.isAan() && !bericht.aan().isEmpty()) {
            mailer.verstuur(bericht);
        }
    }
}
