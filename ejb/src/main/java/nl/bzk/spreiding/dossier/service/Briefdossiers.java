package nl.bzk.spreiding.dossier.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bzk.spreiding.archive.service.Archief;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.service.Documenten;
import nl.bzk.spreiding.documents.service.Documentgenerator;
import nl.bzk.spreiding.documents.service.Dossierinhoud;
import nl.bzk.spreiding.documents.service.Standaardondertekening;
import nl.bzk.spreiding.dossier.entity.Beoordeling;
import nl.bzk.spreiding.dossier.entity.Besluit;
import nl.bzk.spreiding.dossier.entity.Briefdossier;
import nl.bzk.spreiding.dossier.entity.Briefgegevens;
import nl.bzk.spreiding.dossier.entity.Deelnemer;
import nl.bzk.spreiding.dossier.entity.DossierStatus;
import nl.bzk.spreiding.dossier.entity.Dossierversie;
import nl.bzk.spreiding.dossier.entity.Herstart;
import nl.bzk.spreiding.dossier.entity.Opmerking;
import nl.bzk.spreiding.dossier.entity.Routestap;
import nl.bzk.spreiding.dossier.entity.Tekstblok;
import nl.bzk.spreiding.notificatie.Bericht;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;
import nl.bzk.spreiding.security.service.Namens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The letter workflow: a dossier per year, its texts and versions, the approval route and the signing. The dossier
 * entity decides every rule; this service loads, locks, stores, audits and notifies.
 */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ONDERTEKENAAR_NAAM})
public class Briefdossiers {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Documentgenerator generator;

    @Inject
    private Documenten documenten;

    @Inject
    private Archief archief;

    @Inject
    private Gebruikers gebruikers;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<Bericht> berichten;

    @Inject
    @ConfigProperty(
            name = "spreiding.route.standaard",
            defaultValue = "Afdelingshoofd=BZK_COORDINATOR;Directeur=BZK_COORDINATOR")
    private String standaardroute;

    @Inject
    @ConfigProperty(name = "spreiding.route.herstart", defaultValue = "OPNIEUW")
    private Herstart standaardHerstart;

    @Inject
    private Standaardondertekening standaard;

    @Inject
    @ConfigProperty(name = "spreiding.adres", defaultValue = "http://localhost:8080/spreiding/")
    private String adres;

    /** A new dossier; the same limits as a document request ({@code Documentgenerator.Verzoek}). */
    public record Nieuw(
            int jaar,
            @Regeltekst(max = 60) String periode,
            @Regeltekst(max = 60) String kamerstuk,
            @Regeltekst(max = 20) String vergaderjaar,
            @Regeltekst(max = 60) String kenmerk,
            @Regeltekst(max = 200) String ondertekenaarFunctie,
            @Regeltekst(max = 100) String ondertekenaarNaam) {}

    /**
     * The letter's details as the drafter fills them in (issue 31); {@code ondertekenaar} is the login of an active
     * account holding ONDERTEKENAAR.
     */
    public record Briefgegevensinvoer(
            @Regeltekst(max = 60) String kamerstuk,
            @Regeltekst(max = 20) String vergaderjaar,
            @Regeltekst(max = 60) String kenmerk,
            @Regeltekst(max = 300) String betreft,
            LocalDate datum,
            @Regeltekst(max = 100) String ondertekenaar) {}

    /** What waits for the signed-in user in one dossier. */
    public record Taak(Briefdossier dossier, String wat) {}

    /** A document's change between two versions. */
    public record Documentverschil(
            Documentsoort soort, long van, long naar, List<Tekstverschil.Wijziging> wijzigingen) {}

    /** One step of the route as the archive keeps it (and the MDTO export writes it as an event). */
    public record Routegebeurtenis(String eventType, OffsetDateTime op, String door, String resultaat) {}

    /** The current dossier of every year (a replaced one is reached through the archive, issue 31). */
    public List<Briefdossier> lijst() {
        Set<Integer> gezien = new HashSet<>();
        return em.createNamedQuery(Briefdossier.ALLE, Briefdossier.class).getResultList().stream()
                .filter(d -> gezien.add(d.getJaar()))
                .toList();
    }

    public Briefdossier haal(int jaar) {
        return em.createNamedQuery(Briefdossier.VAN_JAAR, Briefdossier.class)
                .setParameter("jaar", jaar)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Fout.nietGevonden("Er is geen briefdossier voor " + jaar));
    }

    public List<Dossierversie> versies(Briefdossier d) {
        return em.createNamedQuery(Dossierversie.VAN_DOSSIER, Dossierversie.class)
                .setParameter("dossier", d)
                .getResultList();
    }

    public Dossierversie versie(Briefdossier d, int nummer) {
        return versies(d).stream()
                .filter(v -> v.getNummer() == nummer)
                .findFirst()
                .orElseThrow(
                        () -> Fout.nietGevonden("Het briefdossier " + d.getJaar() + " heeft geen versie " + nummer));
    }

    public Optional<Dossierversie> huidigeVersie(Briefdossier d) {
        return versies(d).stream()
                .filter(v -> v.getNummer() == d.getHuidigeVersie())
                .findFirst();
    }

    public List<Beoordeling> beoordelingen(Briefdossier d) {
        return em.createNamedQuery(Beoordeling.VAN_DOSSIER, Beoordeling.class)
                .setParameter("dossier", d)
                .getResultList();
    }

    // --- drafting ---------------------------------------------------------------------------------------------------

    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Briefdossier maak(Nieuw n) {
        Invoercontrole.controleer(n);
        if (!em.createNamedQuery(Briefdossier.VAN_JAAR, Briefdossier.class)
                .setParameter("jaar", n.jaar())
                .getResultList()
                .isEmpty()) {
            throw Fout.conflict("Er is al een briefdossier voor " + n.jaar());
        }
        // The generator checks that the year has accepted figures; a dossier for a year without them is refused here
        // already.
        String periode = Invoer.ingevuld(n.periode());
        if (periode == null) {
            periode = generator.standaardPeriode();
        }
        generator.controleerJaar(n.jaar());
        String functie =
                Optional.ofNullable(Invoer.ingevuld(n.ondertekenaarFunctie())).orElse(standaard.functie());
        String naam =
                Optional.ofNullable(Invoer.ingevuld(n.ondertekenaarNaam())).orElse(standaard.naam());
        Briefdossier d = new Briefdossier(
                n.jaar(),
                periode,
                wie(),
                Standaardroute.lees(standaardroute),
                standaardHerstart,
                functie,
                naam,
                Invoer.ingevuld(n.kamerstuk()),
                Invoer.ingevuld(n.vergaderjaar()),
                Invoer.ingevuld(n.kenmerk()),
                Tijd.nu());
        em.persist(d);
        em.flush();
        auditLog.vastleggen("DOSSIER_AANGEMAAKT", "Briefdossier", d.getId(), null, null, staat(d));
        return d;
    }

    /**
     * Opens a replacement for the signed dossier of {@code jaar} (issue 31): a new dossier, drafted by the caller, that
     * starts from the signed one's texts, details and route and goes the same route; once signed, its archive records
     * replace the old set's. The year must still be one a letter may report. Audited with the reason.
     */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Briefdossier vervang(int jaar, String reden) {
        Briefdossier oud = vergrendeld(jaar, null);
        Fout waarom = oud.waaromNietVervangen(reden);
        if (waarom != null) {
            throw waarom;
        }
        generator.controleerJaar(jaar);
        Briefdossier nieuw = oud.vervanging(reden, wie(), Tijd.nu());
        em.persist(nieuw);
        em.flush();
        Map<String, Object> na = staat(nieuw);
        na.put("vervangt", oud.getId());
        na.put("reden", nieuw.getVervangingsreden());
        auditLog.vastleggen("DOSSIER_VERVANGING_GEOPEND", "Briefdossier", nieuw.getId(), null, staat(oud), na);
        return nieuw;
    }

    /**
     * The letter's details, while drafting; the signatory's function and name come from their account (the configured
     * function is the default for an account without one).
     */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Briefdossier wijzigBriefgegevens(int jaar, long versieSlot, Briefgegevensinvoer invoer) {
        Invoercontrole.controleer(invoer);
        Briefdossier d = vergrendeld(jaar, versieSlot);
        Map<String, Object> voor = briefgegevens(d);
        String login = Invoer.ingevuld(invoer.ondertekenaar());
        Gebruiker tekenaar = null;
        if (login != null) {
            tekenaar = ondertekenaars().stream()
                    .filter(g -> g.getGebruikersnaam().equals(login))
                    .findFirst()
                    .orElseThrow(() -> Fout.ongeldig("Veld ondertekenaar: " + login
                            + " is geen actief account met de rol ondertekenaar; kies uit de ondertekenaars"));
        }
        d.wijzigBriefgegevens(
                new Briefgegevens(
                        Invoer.ingevuld(invoer.kamerstuk()),
                        Invoer.ingevuld(invoer.vergaderjaar()),
                        Invoer.ingevuld(invoer.kenmerk()),
                        Invoer.ingevuld(invoer.betreft()),
                        invoer.datum(),
                        login,
                        tekenaar == null
                                ? d.getOndertekenaarFunctie()
                                : Optional.ofNullable(tekenaar.getFunctie()).orElse(standaard.functie()),
                        tekenaar == null ? d.getOndertekenaarNaam() : tekenaar.getNaam()),
                wie());
        em.flush();
        auditLog.vastleggen("DOSSIER_BRIEFGEGEVENS_GEWIJZIGD", "Briefdossier", d.getId(), null, voor, briefgegevens(d));
        return d;
    }

    /** The accounts that can sign a letter: active, holding ONDERTEKENAAR, by name. */
    public List<Gebruiker> ondertekenaars() {
        return em.createNamedQuery(Gebruiker.ACTIEF_MET_ROL, Gebruiker.class)
                .setParameter("rol", Rol.ONDERTEKENAAR)
                .getResultStream()
                .filter(g -> g.getWerkzameRollen().contains(Rol.ONDERTEKENAAR))
                .sorted(Comparator.comparing(Gebruiker::getNaam))
                .toList();
    }

    private static Map<String, Object> briefgegevens(Briefdossier d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kamerstuk", String.valueOf(d.getKamerstuk()));
        m.put("vergaderjaar", String.valueOf(d.getVergaderjaar()));
        m.put("kenmerk", String.valueOf(d.getKenmerk()));
        m.put("betreft", String.valueOf(d.getBetreft()));
        m.put("datum", String.valueOf(d.getBriefdatum()));
        m.put("ondertekenaar", String.valueOf(d.getOndertekenaar()));
        m.put("ondertekenaarFunctie", String.valueOf(d.getOndertekenaarFunctie()));
        m.put("ondertekenaarNaam", String.valueOf(d.getOndertekenaarNaam()));
        return m;
    }

    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Briefdossier wijzigRoute(int jaar, long versieSlot, List<Routestap> route, Herstart herstart) {
        Briefdossier d = vergrendeld(jaar, versieSlot);
        Map<String, Object> voor = staat(d);
        d.wijzigRoute(route, herstart == null ? d.getHerstart() : herstart);
        em.flush();
        auditLog.vastleggen("DOSSIER_ROUTE_GEWIJZIGD", "Briefdossier", d.getId(), null, voor, staat(d));
        return d;
    }

    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Briefdossier wijzigTekst(int jaar, long versieSlot, Tekstblok blok, String tekst) {
        Briefdossier d = vergrendeld(jaar, versieSlot);
        String oud = d.tekst(blok);
        d.wijzigTekst(blok, tekst, wie(), Tijd.nu());
        em.flush();
        auditLog.vastleggen(
                "DOSSIER_TEKST_GEWIJZIGD",
                "Briefdossier",
                d.getId(),
                null,
                Map.of("blok", blok.name(), "tekst", oud),
                Map.of("blok", blok.name(), "tekst", d.tekst(blok)));
        return d;
    }

    /** A preview of one document with the current texts: nothing stored. */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public byte[] voorbeeld(int jaar, Documentsoort soort) {
        Briefdossier d = haal(jaar);
        return generator.voorbeeld(verzoek(d, soort, List.of()), null);
    }

    /** Generates the set with the current texts as the next version; drafting resumes (a running route stops). */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Dossierversie maakVersie(int jaar, long versieSlot) {
        Briefdossier d = vergrendeld(jaar, versieSlot);
        Map<String, Object> voor = staat(d);
        Map<Documentsoort, Long> docs = new EnumMap<>(Documentsoort.class);
        for (Documentsoort soort : Documentsoort.values()) {
            docs.put(
                    soort,
                    generator.genereer(verzoek(d, soort, List.of())).document().getId());
        }
        Dossierversie v = d.nieuweVersie(wie(), Tijd.nu(), docs);
        em.persist(v);
        em.flush();
        Map<String, Object> na = staat(d);
        na.put("documenten", docs.toString());
        na.put("bijdragers", String.join(", ", v.getBijdragers()));
        auditLog.vastleggen("DOSSIER_VERSIE_GEMAAKT", "Briefdossier", d.getId(), null, voor, na);
        return v;
    }

    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Briefdossier dienIn(int jaar, int versie) {
        Briefdossier d = vergrendeld(jaar, null);
        Map<String, Object> voor = staat(d);
        if (d.getHuidigeVersie() == 0) {
            throw Fout.ongeldig("Maak eerst een versie van de set; die versie gaat de route langs");
        }
        Dossierversie v = versieOfConflict(d, versie);
        for (Long id : v.getDocumenten().values()) {
            Document doc = documenten.haal(id);
            if (doc.getOpenPunten() != null) {
                throw Fout.ongeldig(doc.getSoort().getLabel() + " van versie " + v.getNummer()
                        + " is nog niet compleet: " + doc.getOpenPunten() + ". Vul het aan en maak een nieuwe versie.");
            }
        }
        d.dienIn(versie);
        em.flush();
        auditLog.vastleggen("DOSSIER_INGEDIEND", "Briefdossier", d.getId(), null, voor, staat(d));
        meldVolgende(d, v);
        return d;
    }

    // --- review -----------------------------------------------------------------------------------------------------

    public Beoordeling keurGoed(int jaar, int versie, List<Opmerking> opmerkingen) {
        Briefdossier d = vergrendeld(jaar, null);
        Map<String, Object> voor = staat(d);
        Dossierversie v = versieOfConflict(d, versie);
        Set<String> alGeparafeerd = Beoordeling.geparafeerd(beoordelingen(d), versie);
        Beoordeling b = d.keurGoed(v, deelnemer(), alGeparafeerd, Tijd.nu(), opmerkingen);
        em.persist(b);
        em.flush();
        Map<String, Object> na = staat(d);
        na.put("besluit", "GOEDGEKEURD");
        na.put("functie", b.getFunctie());
        na.put("opmerkingen", Berichten.opmerkingen(opmerkingen));
        auditLog.vastleggen("DOSSIER_GEPARAFEERD", "Briefdossier", d.getId(), null, voor, na);
        meldVolgende(d, v);
        return b;
    }

    public Beoordeling stuurTerug(int jaar, int versie, List<Opmerking> opmerkingen) {
        Briefdossier d = vergrendeld(jaar, null);
        Map<String, Object> voor = staat(d);
        Dossierversie v = versieOfConflict(d, versie);
        Beoordeling b = d.stuurTerug(v, deelnemer(), Tijd.nu(), opmerkingen);
        em.persist(b);
        em.flush();
        Map<String, Object> na = staat(d);
        na.put("besluit", "TERUGGESTUURD");
        na.put("functie", b.getFunctie());
        na.put("opmerkingen", Berichten.opmerkingen(opmerkingen));
        auditLog.vastleggen("DOSSIER_TERUGGESTUURD", "Briefdossier", d.getId(), null, voor, na);
        Set<String> schrijvers = new LinkedHashSet<>(v.getBijdragers());
        schrijvers.add(d.getOpsteller());
        meld(Berichten.teruggestuurd(d, b, pagina(d), ontvangers(personen(schrijvers))));
        return b;
    }

    // --- signing ----------------------------------------------------------------------------------------------------

    /**
     * Signs the approved version: the beslisnota is made once more with the paraaf block filled in (function, name,
     * date of every approval), then all four documents are signed and archived in one transaction.
     */
    @RolesAllowed(Rol.ONDERTEKENAAR_NAAM)
    public Briefdossier onderteken(int jaar, int versie, String classificatie) {
        Briefdossier d = vergrendeld(jaar, null);
        Map<String, Object> voor = staat(d);
        Dossierversie v = versieOfConflict(d, versie);
        List<Beoordeling> alle = beoordelingen(d);
        Set<String> geparafeerd = Beoordeling.geparafeerd(alle, versie);
        Fout waarom = d.waaromNietOndertekenen(v, deelnemer(), geparafeerd);
        if (waarom != null) {
            throw waarom;
        }
        List<Beoordeling> parafen = alle.stream()
                .filter(b -> b.getVersie() == versie && b.getBesluit() == Besluit.GOEDGEKEURD)
                .toList();
        // Signed as dated: a letter whose date was left open carries the signing date (issue 31); the beslisnota gets
        // its paraaf block filled in. Both are made once more from their snapshots, the texts stay as approved.
        LocalDate vandaag = Tijd.nu().atZoneSameInstant(Tijd.ZONE).toLocalDate();
        Dossierinhoud paraafblok = new Dossierinhoud(
                Map.of(),
                parafen.stream()
                        .map(b -> new Dossierinhoud.Paraaf(
                                b.getFunctie(),
                                b.getNaam(),
                                b.getOp().atZoneSameInstant(Tijd.ZONE).toLocalDate()))
                        .toList());
        Map<Documentsoort, Long> teOndertekenen = new EnumMap<>(Documentsoort.class);
        // A replacement's records name the records of the set they replace (issue 31).
        Map<Documentsoort, Long> vervangen = d.getVervangt() == null
                ? Map.of()
                : em.find(Briefdossier.class, d.getVervangt()).getArchiefstukken();
        v.getDocumenten()
                .forEach((soort, id) -> teOndertekenen.put(
                        soort,
                        generator
                                .voorOndertekening(id, soort == Documentsoort.BESLISNOTA ? paraafblok : null, vandaag)
                                .document()
                                .getId()));
        Document beslisnota = em.find(Document.class, teOndertekenen.get(Documentsoort.BESLISNOTA));
        Map<Documentsoort, Long> gearchiveerd = new EnumMap<>(Documentsoort.class);
        teOndertekenen.forEach((soort, id) -> gearchiveerd.put(
                soort,
                archief.ondertekenNaRoute(id, classificatie, vervangen.get(soort))
                        .getId()));
        List<Long> stukken = new ArrayList<>(gearchiveerd.values());
        d.onderteken(v, deelnemer(), geparafeerd, Tijd.nu(), beslisnota.getId(), gearchiveerd);
        em.flush();
        Map<String, Object> na = staat(d);
        na.put("archiefstukken", stukken.toString());
        na.put("beslisnotaMetParafen", beslisnota.getId());
        auditLog.vastleggen("DOSSIER_ONDERTEKEND", "Briefdossier", d.getId(), null, voor, na);
        Set<String> betrokkenen = new LinkedHashSet<>();
        betrokkenen.add(d.getOpsteller());
        versies(d).forEach(x -> betrokkenen.addAll(x.getBijdragers()));
        beoordelingen(d).forEach(b -> betrokkenen.add(b.getDoor()));
        betrokkenen.add(wie());
        meld(Berichten.ondertekend(d, naam(wie()), adres + "archief/index.xhtml", ontvangers(personen(betrokkenen))));
        return d;
    }

    // --- reading ----------------------------------------------------------------------------------------------------

    /** The text difference of every document between two versions, read back from the stored PDFs. */
    public List<Documentverschil> verschil(int jaar, int van, int naar) {
        Briefdossier d = haal(jaar);
        Dossierversie a = versie(d, van);
        Dossierversie b = versie(d, naar);
        List<Documentverschil> uit = new ArrayList<>();
        for (Documentsoort soort : Documentsoort.values()) {
            long x = a.getDocumenten().get(soort);
            long y = b.getDocumenten().get(soort);
            uit.add(new Documentverschil(
                    soort, x, y, x == y ? List.of() : Tekstverschil.tussen(documenten.pdf(x), documenten.pdf(y))));
        }
        return uit;
    }

    /** What waits for the signed-in user: a step of a route, a signature, or comments to work in. */
    public List<Taak> taken() {
        String ik = wie();
        Deelnemer mij = deelnemer();
        List<Taak> taken = new ArrayList<>();
        for (Briefdossier d : em.createNamedQuery(Briefdossier.OPEN, Briefdossier.class)
                .setParameter("ondertekend", DossierStatus.ONDERTEKEND)
                .getResultList()) {
            Dossierversie v = huidigeVersie(d).orElse(null);
            if (d.magBeoordelen(v, mij)) {
                taken.add(new Taak(
                        d,
                        "Parafeer of stuur terug: versie " + d.getHuidigeVersie() + ", stap " + d.getStapNummer() + " ("
                                + d.getHuidigeStap().getFunctie() + ")"));
            } else if (d.getStatus() == DossierStatus.GOEDGEKEURD
                    && v != null
                    && d.magOndertekenen(v, mij, Beoordeling.geparafeerd(beoordelingen(d), v.getNummer()))) {
                taken.add(new Taak(
                        d, "Onderteken versie " + d.getHuidigeVersie() + " (alle stappen hebben geparafeerd)"));
            } else if (d.isInBewerking() && (ik.equals(d.getOpsteller()) || (v != null && v.heeftBijgedragen(ik)))) {
                taken.add(new Taak(
                        d,
                        d.isTeruggestuurd()
                                ? "Verwerk de opmerkingen en dien een nieuwe versie in"
                                : d.getHuidigeVersie() == 0
                                        ? "Schrijf de teksten en maak de eerste versie"
                                        : "Dien versie " + d.getHuidigeVersie() + " in"));
            }
        }
        return taken;
    }

    /** The route of the dossier a document belongs to, for the archive record and its MDTO export. */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ONDERTEKENAAR_NAAM, Rol.ARCHIVIST_NAAM})
    public List<Routegebeurtenis> routeVanArchiefstuk(long archiefstukId, long documentId) {
        // The set's records are kept on the dossier since issue 31 (a letter dated at signing is a new document); older
        // sets are found through the signed beslisnota or a version's documents.
        List<Briefdossier> dossiers = em.createNamedQuery(Briefdossier.MET_ARCHIEFSTUK, Briefdossier.class)
                .setParameter("stuk", archiefstukId)
                .getResultList();
        if (dossiers.isEmpty()) {
            dossiers = em.createNamedQuery(Briefdossier.MET_ONDERTEKENDE_BESLISNOTA, Briefdossier.class)
                    .setParameter("id", documentId)
                    .getResultList();
        }
        Briefdossier d = !dossiers.isEmpty()
                ? dossiers.get(0)
                : em.createNamedQuery(Dossierversie.MET_DOCUMENT, Dossierversie.class)
                        .setParameter("document", documentId)
                        .getResultStream()
                        .map(Dossierversie::getDossier)
                        .filter(x -> x.getStatus() == DossierStatus.ONDERTEKEND)
                        .findFirst()
                        .orElse(null);
        if (d == null) {
            return List.of();
        }
        List<Routegebeurtenis> uit = new ArrayList<>();
        for (Beoordeling b : beoordelingen(d)) {
            String opm =
                    b.getOpmerkingen().isEmpty() ? "" : "; opmerkingen: " + Berichten.opmerkingen(b.getOpmerkingen());
            uit.add(new Routegebeurtenis(
                    b.getBesluit() == Besluit.GOEDGEKEURD ? "Accordering" : "Wijziging",
                    b.getOp(),
                    b.getNaam(),
                    b.getBesluit().getLabel() + " als " + b.getFunctie() + " (stap " + b.getStap() + ", versie "
                            + b.getVersie() + ")" + opm));
        }
        return uit;
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void meldVolgende(Briefdossier d, Dossierversie v) {
        if (d.getStatus() == DossierStatus.IN_BEOORDELING) {
            Routestap s = d.getHuidigeStap();
            Set<String> al = beoordelingen(d).stream()
                    .filter(b -> b.getVersie() == v.getNummer() && b.getBesluit() == Besluit.GOEDGEKEURD)
                    .map(Beoordeling::getDoor)
                    .collect(Collectors.toSet());
            List<Gebruiker> wie = kandidaten(s).stream()
                    .filter(g -> !v.heeftBijgedragen(g.getGebruikersnaam()) && !al.contains(g.getGebruikersnaam()))
                    .toList();
            meld(Berichten.terParafering(d, s, naam(d.getOpsteller()), pagina(d), ontvangers(wie)));
        } else if (d.getStatus() == DossierStatus.GOEDGEKEURD) {
            List<Gebruiker> wie = em
                    .createNamedQuery(Gebruiker.ACTIEF_MET_ROL, Gebruiker.class)
                    .setParameter("rol", Rol.ONDERTEKENAAR)
                    .getResultList()
                    .stream()
                    .filter(g -> !v.heeftBijgedragen(g.getGebruikersnaam()))
                    .toList();
            meld(Berichten.klaarVoorOndertekening(d, pagina(d), ontvangers(wie)));
        }
    }

    /**
     * Mails a message of the route. A start-up task acting for accounts (the demo's dossier) mails nobody: no person
     * waits for those steps.
     */
    private void meld(Bericht bericht) {
        if (!Namens.voorAccount(context.getCallerPrincipal())) {
            berichten.fire(bericht);
        }
    }

    private List<Gebruiker> kandidaten(Routestap s) {
        if (s.getGebruiker() != null) {
            return personen(Set.of(s.getGebruiker()));
        }
        return em.createNamedQuery(Gebruiker.ACTIEF_MET_ROL, Gebruiker.class)
                .setParameter("rol", s.getRol())
                .getResultList();
    }

    private List<Gebruiker> personen(Set<String> namen) {
        return namen.isEmpty()
                ? List.of()
                : em.createNamedQuery(Gebruiker.ACTIEF_MET_NAAM, Gebruiker.class)
                        .setParameter("namen", List.copyOf(namen))
                        .getResultList();
    }

    private static List<Bericht.Ontvanger> ontvangers(List<Gebruiker> g) {
        return g.stream()
                .filter(x -> x.getEmail() != null)
                .map(x -> new Bericht.Ontvanger(x.getNaam(), x.getEmail()))
                .toList();
    }

    private String pagina(Briefdossier d) {
        return adres + "dossier/dossier.xhtml?jaar=" + d.getJaar();
    }

    private Documentgenerator.Verzoek verzoek(Briefdossier d, Documentsoort soort, List<Dossierinhoud.Paraaf> parafen) {
        List<Dossierinhoud.Paraaf> route = parafen.isEmpty()
                ? d.getRoute().stream()
                        .map(s -> new Dossierinhoud.Paraaf(s.getFunctie(), null, null))
                        .toList()
                : parafen;
        return new Documentgenerator.Verzoek(
                soort,
                d.getJaar(),
                d.getPeriode(),
                null,
                d.getKamerstuk(),
                d.getVergaderjaar(),
                d.getKenmerk(),
                d.getBriefdatum(),
                d.getOndertekenaarFunctie(),
                d.getOndertekenaarNaam(),
                new Dossierinhoud(d.tekstenVoorMomentopname(), route, d.getBetreft()));
    }

    private Briefdossier vergrendeld(int jaar, Long versieSlot) {
        Briefdossier d = haal(jaar);
        if (versieSlot != null) {
            Versie.controleer("briefdossier " + jaar, versieSlot, d.getVersion());
        }
        // One decision at a time per dossier: two reviewers clicking at once are serialised, the second sees the new
        // state.
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(d);
        return d;
    }

    private Dossierversie versieOfConflict(Briefdossier d, int versie) {
        if (versie != d.getHuidigeVersie()) {
            throw Fout.conflict("Versie " + versie + " is niet meer de actuele versie van het briefdossier "
                    + d.getJaar() + " (dat is versie " + d.getHuidigeVersie()
                    + "); er is niets veranderd. Bekijk de nieuwe versie.");
        }
        return versie(d, versie);
    }

    private String wie() {
        return Namens.wie(context.getCallerPrincipal());
    }

    private String naam(String gebruikersnaam) {
        return gebruikers.zoek(gebruikersnaam).map(Gebruiker::getNaam).orElse(gebruikersnaam);
    }

    /** The caller as the route's rules see them (Briefdossier): name, roles of the session, and since when. */
    public Deelnemer deelnemer() {
        String wie = wie();
        Gebruiker g = gebruikers.zoek(wie).orElse(null);
        // A start-up task acting for an account (the demo's dossier) has that account's roles, not its run-as role.
        Set<Rol> rollen = Namens.voorAccount(context.getCallerPrincipal())
                ? (g == null || !g.isActief() ? Set.of() : g.getWerkzameRollen())
                : rollen();
        return new Deelnemer(wie, g == null ? wie : g.getNaam(), rollen, g == null ? null : g.getRollenSinds());
    }

    private Set<Rol> rollen() {
        Set<Rol> r = EnumSet.noneOf(Rol.class);
        Arrays.stream(Rol.values())
                .filter(x -> context.isCallerInRole(x.name()))
                .forEach(r::add);
        return r;
    }

    private static Map<String, Object> staat(Briefdossier d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", d.getJaar());
        m.put("status", d.getStatus().name());
        m.put("versie", d.getHuidigeVersie());
        m.put("stap", d.getStapNummer());
        m.put(
                "route",
                d.getRoute().stream()
                        .map(s -> s.getFunctie() + " (" + s.getWie() + ")")
                        .collect(Collectors.joining("; ")));
        return m;
    }
}
