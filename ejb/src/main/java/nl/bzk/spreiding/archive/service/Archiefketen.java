package nl.bzk.spreiding.archive.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.archive.entity.Archiefvernieuwing;
import nl.bzk.spreiding.archive.entity.Ketenschakel;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport.Controle;
import nl.bzk.spreiding.audit.entity.AuditRegel;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * The archive chain (see {@link Ketenschakel}): appended to when a record is archived, checked per record in its
 * verification report and for the whole archive. A record changed in the database, a PDF swapped together with its
 * recorded hash, or a removed record or link is found here; a removed tail is found by counting the archivings in the
 * audit trail. On PostgreSQL triggers also refuse such changes; on the embedded H2 the chain is the protection.
 */
@Stateless
@RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
public class Archiefketen {

    /** The outcome for the whole archive: the head hash can be noted outside the system to detect a rewritten chain. */
    public record Ketenrapport(
            boolean geldig,
            long schakels,
            long archiefstukken,
            String kopHash,
            OffsetDateTime gecontroleerdOp,
            List<String> bevindingen,
            String ankerKop,
            OffsetDateTime ankerGestempeldOp) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<Ketenanker.Kop> kop;

    @Inject
    private Ketenanker anker;

    /** Appends the link of a newly archived record; the last link is locked so two archivings cannot fork the chain. */
    @PermitAll
    public Ketenschakel voegToe(Archiefstuk stuk) {
        Ketenschakel k = Ketenschakel.na(laatsteVergrendeld(), stuk, nu());
        em.persist(k);
        em.flush();
        veranker(k);
        return k;
    }

    /** After the commit the anchor outside the database records the new head (Ketenanker). */
    private void veranker(Ketenschakel k) {
        kop.fire(new Ketenanker.Kop(k.getVolgnummer(), k.getHash(), k.getVastgelegdOp()));
    }

    /**
     * The last link, locked (SELECT … FOR UPDATE on its row). Another archiving may have appended a link while this
     * one waited for the lock; then the new last link is locked instead.
     */
    private Ketenschakel laatsteVergrendeld() {
        for (int poging = 0; poging < 20; poging++) {
            Long nummer = hoogsteVolgnummer();
            if (nummer == null) {
                return null;
            }
            Ketenschakel laatste = em.find(Ketenschakel.class, nummer, LockModeType.PESSIMISTIC_WRITE);
            if (nummer.equals(hoogsteVolgnummer())) {
                return laatste;
            }
        }
        throw new PessimisticLockException("De archiefketen is bezet; probeer het opnieuw");
    }

    private Long hoogsteVolgnummer() {
        return em.createNamedQuery("Ketenschakel.hoogste", Long.class).getSingleResult();
    }

    /** Appends the link of a renewed file. */
    @PermitAll
    public Ketenschakel voegToe(Archiefvernieuwing vernieuwing) {
        Ketenschakel k = Ketenschakel.na(laatsteVergrendeld(), vernieuwing, nu());
        em.persist(k);
        em.flush();
        veranker(k);
        return k;
    }

    /** Chains the records archived before the chain existed, in the order they were archived. Idempotent. */
    @PermitAll
    public int vulAan() {
        List<Archiefstuk> zonder = em.createNamedQuery(Archiefstuk.ZONDER_KETENSCHAKEL, Archiefstuk.class)
                .getResultList();
        zonder.forEach(this::voegToe);
        return zonder.size();
    }

    /** The chain checks of one record's verification report. */
    public List<Controle> controleer(Archiefstuk stuk) {
        List<Controle> c = new ArrayList<>();
        Ketenschakel k = em.createNamedQuery("Ketenschakel.vanStuk", Ketenschakel.class)
                .setParameter("stuk", stuk.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (k == null) {
            c.add(
                    new Controle(
                            "Archiefgegevens ongewijzigd (archiefketen)",
                            false,
                            "Dit archiefstuk komt niet in de archiefketen voor: het is buiten de toepassing om toegevoegd of de schakel is verwijderd"));
            return c;
        }
        boolean gedekt = k.dekt(stuk);
        c.add(new Controle(
                "Archiefgegevens ongewijzigd (archiefketen)",
                gedekt,
                gedekt
                        ? "Schakel " + k.getVolgnummer()
                                + ": de gegevens van dit archiefstuk, met de hash van het bestand, geven de vastgelegde ketenhash "
                                + k.getHash()
                        : "Schakel " + k.getVolgnummer()
                                + ": de gegevens van dit archiefstuk (bijvoorbeeld bewaartermijn, classificatie of de hash "
                                + "van het bestand) zijn na archivering gewijzigd; de ketenhash klopt niet meer"));
        Ketenschakel vorige = k.getVolgnummer() == 1 ? null : schakel(k.getVolgnummer() - 1);
        Ketenschakel volgende = schakel(k.getVolgnummer() + 1);
        List<String> breuken = new ArrayList<>();
        if (k.getVolgnummer() == 1
                ? !Ketenschakel.BEGIN.equals(k.getVorigeHash())
                : vorige == null || !vorige.getHash().equals(k.getVorigeHash())) {
            breuken.add(
                    vorige == null && k.getVolgnummer() > 1
                            ? "schakel " + (k.getVolgnummer() - 1) + " ontbreekt"
                            : "schakel " + k.getVolgnummer() + " wijst niet naar de schakel ervoor");
        }
        if (volgende != null && !volgende.getVorigeHash().equals(k.getHash())) {
            breuken.add("schakel " + volgende.getVolgnummer() + " wijst niet naar deze schakel");
        }
        for (Archiefvernieuwing v : em.createNamedQuery("Archiefvernieuwing.vanStuk", Archiefvernieuwing.class)
                .setParameter("stuk", stuk.getId())
                .getResultList()) {
            Ketenschakel s = em.createNamedQuery("Ketenschakel.vanVernieuwing", Ketenschakel.class)
                    .setParameter("vernieuwing", v.getId())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (s == null || !s.dekt(v)) {
                breuken.add("vernieuwing " + v.getVolgnummer() + " van het bestand "
                        + (s == null ? "staat niet in de keten" : "is gewijzigd"));
            }
        }
        c.add(new Controle(
                "Archiefketen aaneengesloten",
                breuken.isEmpty(),
                breuken.isEmpty()
                        ? "Schakel " + k.getVolgnummer() + " sluit aan op de schakel ervoor"
                                + (volgende == null ? " en is de laatste" : " en erna")
                        : "De archiefketen is hier gebroken: " + String.join("; ", breuken)));
        return c;
    }

    /** Checks every link and every record; what an archivist runs for the whole archive. */
    public Ketenrapport controleerAlles() {
        List<String> bevindingen = new ArrayList<>();
        Map<Long, Archiefstuk> stukken = new HashMap<>();
        em.createNamedQuery(Archiefstuk.ALLE, Archiefstuk.class)
                .getResultList()
                .forEach(a -> stukken.put(a.getId(), a));
        Map<Long, Archiefvernieuwing> vernieuwingen = new HashMap<>();
        em.createNamedQuery(Archiefvernieuwing.ALLE, Archiefvernieuwing.class)
                .getResultList()
                .forEach(v -> vernieuwingen.put(v.getId(), v));
        List<Ketenschakel> keten =
                em.createNamedQuery("Ketenschakel.alle", Ketenschakel.class).getResultList();
        long stukschakels = 0;
        String vorige = Ketenschakel.BEGIN;
        long verwacht = 1;
        for (Ketenschakel k : keten) {
            if (k.getVolgnummer() != verwacht) {
                bevindingen.add("Schakels " + verwacht
                        + (k.getVolgnummer() - 1 > verwacht ? " tot en met " + (k.getVolgnummer() - 1) : "")
                        + " ontbreken");
            }
            if (!k.getVorigeHash().equals(vorige)) {
                bevindingen.add("Schakel " + k.getVolgnummer() + " wijst niet naar de schakel ervoor");
            }
            if (k.getVernieuwingId() != null) {
                Archiefvernieuwing v = vernieuwingen.remove(k.getVernieuwingId());
                if (v == null) {
                    bevindingen.add("Schakel " + k.getVolgnummer() + " hoort bij vernieuwing " + k.getVernieuwingId()
                            + " van archiefstuk " + k.getArchiefstukId() + ", die ontbreekt (verwijderd)");
                } else if (!k.dekt(v)) {
                    bevindingen.add("Vernieuwing " + v.getVolgnummer() + " van archiefstuk " + v.getArchiefstukId()
                            + " is gewijzigd (schakel " + k.getVolgnummer() + ")");
                }
                vorige = k.getHash();
                verwacht = k.getVolgnummer() + 1;
                continue;
            }
            stukschakels++;
            Archiefstuk stuk = stukken.remove(k.getArchiefstukId());
            if (stuk == null) {
                bevindingen.add("Schakel " + k.getVolgnummer() + " hoort bij archiefstuk " + k.getArchiefstukId()
                        + ", dat ontbreekt (verwijderd)");
            } else if (!k.dekt(stuk)) {
                bevindingen.add("Archiefstuk " + stuk.getId() + " (" + stuk.getTitel()
                        + ") is na archivering gewijzigd (schakel " + k.getVolgnummer() + ")");
            }
            vorige = k.getHash();
            verwacht = k.getVolgnummer() + 1;
        }
        stukken.values()
                .forEach(a -> bevindingen.add(
                        "Archiefstuk " + a.getId() + " (" + a.getTitel() + ") staat niet in de archiefketen"));
        vernieuwingen
                .values()
                .forEach(v -> bevindingen.add("Vernieuwing " + v.getVolgnummer() + " van archiefstuk "
                        + v.getArchiefstukId() + " staat niet in de archiefketen"));
        long gearchiveerd =
                em.createNamedQuery(AuditRegel.AANTAL_VASTGESTELD, Long.class).getSingleResult();
        if (gearchiveerd > stukschakels) {
            bevindingen.add("Het audittrail noemt " + gearchiveerd + " archiveringen, de archiefketen heeft "
                    + stukschakels + " schakels van archiefstukken: archiefstukken en hun schakels zijn verwijderd");
        }
        Optional<Ketenanker.Kop> buiten = anker.hoogste();
        buiten.ifPresent(b -> {
            Ketenschakel daar = keten.stream()
                    .filter(k -> k.getVolgnummer() == b.volgnummer())
                    .findFirst()
                    .orElse(null);
            long hoogste = keten.isEmpty() ? 0 : keten.get(keten.size() - 1).getVolgnummer();
            if (daar == null) {
                bevindingen.add("Buiten de database is schakel " + b.volgnummer() + " vastgelegd (kophash " + b.hash()
                        + ", " + b.op() + "), maar de archiefketen in de database eindigt bij schakel " + hoogste
                        + ": het einde van de keten is verwijderd");
            } else if (!daar.getHash().equals(b.hash())) {
                bevindingen.add("Schakel " + b.volgnummer() + " heeft in de database een andere hash dan buiten de "
                        + "database is vastgelegd: de keten is herschreven");
            }
        });
        // Where a time-stamp service stamped the anchored head: its token must cover exactly that line.
        Optional<Ketenanker.Stempel> stempel = buiten.flatMap(b -> anker.stempel(b, Tijd.ZONE));
        stempel.filter(st -> !st.klopt())
                .ifPresent(st -> bevindingen.add("De tijdstempel van de vastgelegde kop (schakel "
                        + buiten.get().volgnummer() + ") past niet bij die kop: het anker is aangepast"));
        long aantal = em.createNamedQuery(Archiefstuk.AANTAL, Long.class).getSingleResult();
        return new Ketenrapport(
                bevindingen.isEmpty(),
                keten.size(),
                aantal,
                keten.isEmpty() ? Ketenschakel.BEGIN : vorige,
                nu(),
                bevindingen,
                buiten.map(b -> "schakel " + b.volgnummer() + ", kophash " + b.hash())
                        .orElse(null),
                stempel.filter(Ketenanker.Stempel::klopt)
                        .map(Ketenanker.Stempel::op)
                        .orElse(null));
    }

    private Ketenschakel schakel(long volgnummer) {
        return em.createNamedQuery("Ketenschakel.volgnummer", Ketenschakel.class)
                .setParameter("nummer", volgnummer)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static OffsetDateTime nu() {
        return Tijd.nu();
    }
}
