package nl.bzk.spreiding.documents.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.documents.entity.Documentsjabloon;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * Installs the shipped templates (following the seed documents) as version 1 of each document type that has none
 * yet, in production as well as in the demo: BZK then edits from there.
 */
@Singleton
@Startup
@DependsOn("Migraties")
public class StandaardSjablonen {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @PostConstruct
    void installeer() {
        for (Documentsoort soort : Documentsoort.values()) {
            long aantal = em.createNamedQuery(Documentsjabloon.AANTAL_VAN_SOORT, Long.class)
                    .setParameter("soort", soort)
                    .getSingleResult();
            if (aantal == 0) {
                String tekst = standaardTekst(soort);
                Documentsjabloon s = new Documentsjabloon(
                        soort,
                        1,
                        tekst,
                        Sha256.van(tekst),
                        "Standaardsjabloon, opgebouwd naar de voorbeelddocumenten",
                        Rol.SYSTEEMTAAK,
                        Tijd.nu());
                s.installeer(Tijd.nu());
                em.persist(s);
                em.flush();
                auditLog.vastleggen(
                        "SJABLOON_GEINSTALLEERD",
                        "Documentsjabloon",
                        s.getId(),
                        null,
                        null,
                        Map.of("soort", soort.name(), "versie", 1, "sha256", s.getTekstSha256()));
            }
        }
    }

    public static String standaardTekst(Documentsoort soort) {
        return tekst(soort.name());
    }

    /** A shipped template text by file name (without .ftl). */
    static String tekst(String naam) {
        String pad = "/nl/bzk/spreiding/documents/sjablonen/" + naam + ".ftl";
        try (InputStream in = StandaardSjablonen.class.getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Standaardsjabloon ontbreekt: " + pad);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
