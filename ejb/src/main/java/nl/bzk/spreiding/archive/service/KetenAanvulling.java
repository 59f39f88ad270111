package nl.bzk.spreiding.archive.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** At start: records archived before the chain existed (an upgrade) get their links, in archiving order. */
@Singleton
@Startup
@DependsOn("Migraties")
public class KetenAanvulling {

    private static final Logger LOG = Logger.getLogger(KetenAanvulling.class.getName());

    @Inject
    private Archiefketen keten;

    @PostConstruct
    void vulAan() {
        int aantal = keten.vulAan();
        if (aantal > 0) {
            LOG.info(() -> aantal + " archiefstukken van voor de archiefketen zijn aan de keten toegevoegd");
        }
    }
}
