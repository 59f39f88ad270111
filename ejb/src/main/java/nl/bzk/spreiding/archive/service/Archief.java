package nl.bzk.spreiding.archive.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.bzk.spreiding.archive.entity.Archiefinhoud;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.archive.entity.Archiefvernieuwing;
import nl.bzk.spreiding.archive.entity.Bewaartermijn;
import nl.bzk.spreiding.archive.entity.Ketenschakel;
import nl.bzk.spreiding.archive.ondertekening.Documenttijdstempel;
import nl.bzk.spreiding.archive.ondertekening.DssVerificatie;
import nl.bzk.spreiding.archive.ondertekening.PadesOndertekenaar;
import nl.bzk.spreiding.archive.ondertekening.Pdfvoorcontrole;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.DocumentBestand;
import nl.bzk.spreiding.documents.service.Momentopname;
import nl.bzk.spreiding.platform.Filtervraag;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.platform.Versie;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Namens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finalising and the archive. A coordinator finalises a concept: it is signed, checked, and stored with its
 * description in one transaction, so a failure leaves neither a signed copy nor a half record. Archived documents
 * are only read: found, downloaded and verified.
 */
@Stateless
@RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class Archief {

    public static final Set<String> CLASSIFICATIES = Set.of("Openbaar", "Intern", "Departementaal vertrouwelijk");

    @Inject
    private Archiefketen keten;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Ondertekensleutel ondertekensleutel;

    @Inject
    private AuditLog auditLog;

    @Resource
    private SessionContext context;

    @Inject
    private Controleplaatsen plaatsen;

    @Inject
    @ConfigProperty(name = "spreiding.archief.bewaartermijn", defaultValue = "Blijvend te bewaren")
    private String bewaartermijn;

    @Inject
    @ConfigProperty(name = "spreiding.route.verplicht", defaultValue = "true")
    private boolean routeVerplicht;

    public record Zoekvraag(String soort, Integer jaar, String kamerstuk, LocalDate van, LocalDate tot, String tekst) {}

    /**
     * Finalises one document directly. With the approval route required (spreiding.route.verplicht, the default) only
     * the application's own start-up tasks may (the demo archive); people sign a letter set in its dossier, after every
     * step of the route approved it ({@link #ondertekenNaRoute}).
     */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
    public Archiefstuk stelVast(long documentId, long versie, String classificatie) {
        if (routeVerplicht
                && !Rol.SYSTEEMTAAK.equals(context.getCallerPrincipal().getName())) {
            throw Fout.conflict("Document " + documentId
                    + " wordt niet los vastgesteld: de set wordt ondertekend in het briefdossier, "
                    + "nadat alle stappen van de parafeerroute haar hebben goedgekeurd");
        }
        return vastleggen(documentId, versie, classificatie, null);
    }

    /**
     * Signs and archives a document of a letter set whose route approved it; called by the dossier, which decided that.
     *
     * @param vervangt the record of the same document in the set this one replaces (issue 31), or null
     */
    @RolesAllowed(Rol.ONDERTEKENAAR_NAAM)
    public Archiefstuk ondertekenNaRoute(long documentId, String classificatie, Long vervangt) {
        Document d = em.find(Document.class, documentId);
        if (d == null) {
            throw Fout.nietGevonden("Document " + documentId + " bestaat niet");
        }
        return vastleggen(documentId, d.getVersion(), classificatie, vervangt);
    }

    private Archiefstuk vastleggen(long documentId, long versie, String classificatie, Long vervangt) {
        Document d = em.find(Document.class, documentId);
        if (d == null) {
            throw Fout.nietGevonden("Document " + documentId + " bestaat niet");
        }
        d.controleerVaststelbaar();
        String klasse = classificatie == null || classificatie.isBlank() ? "Openbaar" : classificatie.strip();
        if (!CLASSIFICATIES.contains(klasse)) {
            throw Fout.ongeldig("Veld classificatie: '" + classificatie
                    + "' is geen classificatie; kies Openbaar, Intern of Departementaal vertrouwelijk");
        }
        Versie.controleer("document " + documentId, versie, d.getVersion());
        DocumentBestand bestand = em.find(DocumentBestand.class, documentId);
        if (bestand == null) {
            throw Fout.nietGevonden("Het bestand van document " + documentId + " ontbreekt");
        }
        String wie = Namens.wie(context.getCallerPrincipal());
        OffsetDateTime nu = Tijd.nu();
        byte[] ondertekend;
        try {
            ondertekend = PadesOndertekenaar.onderteken(
                    bestand.getPdf(),
                    ondertekensleutel.sleutel(),
                    wie,
                    "Vastgesteld: " + d.getTitel(),
                    GregorianCalendar.from(nu.toZonedDateTime()),
                    ondertekensleutel.tijdstempelaar());
            // With a time-stamp service: B-T and validation data above, and a document time-stamp on top (B-LTA).
            if (ondertekensleutel.tijdstempelaar() != null) {
                ondertekend = Documenttijdstempel.voegToe(ondertekend, ondertekensleutel.tijdstempelaar());
            }
        } catch (RuntimeException e) {
            // The cause (a key store, the time-stamp service) is for the log, not for the user.
            throw Fout.storing(
                    "Ondertekenen van document " + documentId + " is niet gelukt; er is niets gearchiveerd. Probeer "
                            + "het later opnieuw",
                    e);
        }
        String sha256 = Sha256.van(ondertekend);
        // EU DSS validates the fresh signature; its outcome is kept with the record (Archiefregeling art. 24c).
        Verificatierapport controle;
        try {
            controle = DssVerificatie.rapport(
                    ondertekend, sha256, ondertekensleutel.vertrouwd(), DssVerificatie.Bron.ARCHIEF);
        } catch (Pdfvoorcontrole.Buitengrenzen e) {
            throw Fout.storing(
                    "Het zojuist ondertekende document valt buiten de grenzen van de PDF-controle; er is niets "
                            + "gearchiveerd. Probeer het later opnieuw",
                    e);
        }
        if (!controle.geldig()) {
            throw Fout.storing(
                    "De zojuist gezette handtekening is niet geldig (controleer de ondertekensleutel); er is niets "
                            + "gearchiveerd. Probeer het later opnieuw",
                    new IllegalStateException(String.valueOf(controle.controles())));
        }
        // Retention per document type (spreiding.archief.bewaartermijn.KAMERBRIEF=B or =P10Y), else the general
        // setting.
        String termijn = ConfigProvider.getConfig()
                .getOptionalValue(
                        "spreiding.archief.bewaartermijn." + d.getSoort().name(), String.class)
                .orElse(bewaartermijn);
        // What the letter itself says (issue 31), kept with the record for the archive page and the MDTO export.
        Momentopname.Documentgegevens brief =
                Momentopname.lees(d.getMomentopname()).document();
        Archiefstuk stuk = new Archiefstuk(
                d,
                sha256,
                ondertekend.length,
                controle.ondertekenaar(),
                wie,
                nu,
                controle.niveau(),
                Bewaartermijn.uitInstelling(termijn).tekst(),
                klasse,
                controle.dss(),
                brief == null ? null : Invoer.ingevuld(brief.betreft()),
                brief == null ? null : Nederlands.leesDatum(brief.datum()),
                vervangt);
        em.persist(stuk);
        em.flush();
        em.persist(new Archiefinhoud(stuk.getId(), tekst(ondertekend), ondertekend));
        Ketenschakel schakel = keten.voegToe(stuk);
        d.stelVast(nu);
        em.flush();
        Map<String, Object> na = new LinkedHashMap<>();
        na.put("archiefstuk", stuk.getId());
        na.put("titel", stuk.getTitel());
        na.put("sha256", sha256);
        na.put("ondertekenaar", stuk.getOndertekenaar());
        na.put("niveau", stuk.getNiveau());
        na.put("classificatie", klasse);
        na.put("ketenschakel", schakel.getVolgnummer());
        na.put("ketenhash", schakel.getHash());
        if (vervangt != null) {
            na.put("vervangt", vervangt);
        }
        auditLog.vastleggen("DOCUMENT_VASTGESTELD", "Document", d.getId(), null, Map.of("status", "CONCEPT"), na);
        return stuk;
    }

    public List<Archiefstuk> zoek(Zoekvraag v) {
        String kamerstuk = Invoer.ingevuld(v.kamerstuk());
        String tekst = Invoer.ingevuld(v.tekst());
        return Filtervraag.van(Archiefstuk.class, "SELECT a FROM Archiefstuk a")
                .met("a.soort = :soort", "soort", Invoer.code(v.soort()))
                .met("a.jaar = :jaar", "jaar", v.jaar())
                .met("LOWER(a.kamerstuk) LIKE :kamerstuk", "kamerstuk", kamerstuk == null ? null : bevat(kamerstuk))
                .met(
                        "a.ondertekendOp >= :van",
                        "van",
                        v.van() == null ? null : v.van().atStartOfDay(Tijd.ZONE).toOffsetDateTime())
                .met(
                        "a.ondertekendOp < :tot",
                        "tot",
                        v.tot() == null
                                ? null
                                : v.tot().plusDays(1).atStartOfDay(Tijd.ZONE).toOffsetDateTime())
                .met(
                        "a.id IN (SELECT i.archiefstukId FROM Archiefinhoud i WHERE LOWER(i.tekst) LIKE :tekst)",
                        "tekst",
                        tekst == null ? null : bevat(tekst))
                .volgorde("a.ondertekendOp DESC, a.id DESC")
                .query(em)
                .setMaxResults(500)
                .getResultList();
    }

    /** A LIKE pattern for "contains", case-insensitive, with the user's % and _ taken literally. */
    private static String bevat(String tekst) {
        return "%" + tekst.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public Archiefstuk haal(long id) {
        Archiefstuk a = em.find(Archiefstuk.class, id);
        if (a == null) {
            throw Fout.nietGevonden("Archiefstuk " + id + " bestaat niet");
        }
        return a;
    }

    /** The record that replaces record {@code id} (issue 31), if any. */
    public Optional<Archiefstuk> vervanger(long id) {
        return em.createNamedQuery(Archiefstuk.VERVANGEN_DOOR, Archiefstuk.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * Per replaced record the record that replaces it (issue 31), for a list, in one query: a record never changes, that it was
     * replaced is read from the replacement.
     */
    public Map<Long, Long> vervangenDoor() {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (Archiefstuk a :
                em.createNamedQuery(Archiefstuk.VERVANGERS, Archiefstuk.class).getResultList()) {
            m.put(a.getVervangt(), a.getId());
        }
        return m;
    }

    /** Per finalised document its archive record: one query for the documents list. */
    public Map<Long, Long> perDocument() {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (Object[] r :
                em.createNamedQuery(Archiefstuk.PER_DOCUMENT, Object[].class).getResultList()) {
            m.put((Long) r[0], (Long) r[1]);
        }
        return m;
    }

    /** The file as the archive hands it out: the newest renewal (a further document time-stamp), else the original. */
    // Also the administrator's: the time-stamp renewal (an IT task, Tijdstempelvernieuwing) reads the stored files.
    // The administrator reaches no page or endpoint that hands out documents (issue 30).
    @RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
    public byte[] pdf(long id) {
        haal(id);
        Archiefvernieuwing v = laatsteVernieuwing(id);
        return v != null ? v.getPdf() : em.find(Archiefinhoud.class, id).getPdf();
    }

    public Archiefvernieuwing laatsteVernieuwing(long id) {
        return em.createNamedQuery("Archiefvernieuwing.laatste", Archiefvernieuwing.class)
                .setParameter("stuk", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    // Also the administrator's: the time-stamp renewal (an IT task, Tijdstempelvernieuwing) reads the stored files.
    // The administrator reaches no page or endpoint that hands out documents (issue 30).
    @RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM, Rol.ADMIN_NAAM})
    public List<Archiefvernieuwing> vernieuwingen(long id) {
        return em.createNamedQuery("Archiefvernieuwing.vanStuk", Archiefvernieuwing.class)
                .setParameter("stuk", id)
                .getResultList();
    }

    /**
     * DSS's checks of the file, the stored hash and the chain checks of the record: valid only when all pass. Also for
     * a PDF someone uploads (a copy received by e-mail): {@link #controleer(byte[])}, which stores nothing.
     */
    public Verificatierapport verifieer(long id) {
        Archiefstuk a = haal(id);
        Archiefvernieuwing v = laatsteVernieuwing(id);
        byte[] bestand = pdf(id);
        return plaatsen.metPlaats(() -> {
            try {
                return DssVerificatie.rapport(
                                bestand,
                                v != null ? v.getSha256() : a.getSha256(),
                                ondertekensleutel.vertrouwd(),
                                DssVerificatie.Bron.ARCHIEF)
                        .met(keten.controleer(a));
            } catch (Pdfvoorcontrole.Buitengrenzen e) {
                // Only a file changed in the database can get here: the archive made it within the bounds.
                throw Fout.conflict("Archiefstuk " + id + " kan niet worden gecontroleerd: " + e.getMessage()
                        + " Het bestand is na archivering gewijzigd of beschadigd; meld dit bij de beheerder.");
            }
        });
    }

    /**
     * An uploaded PDF checked by DSS against the trusted roots; nothing is stored, the check is audited. The file must
     * keep the pre-scan's bounds ({@link Pdfvoorcontrole}), DSS does not render it, and at most
     * {@link Controleplaatsen} checks run at once.
     */
    public Verificatierapport controleer(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw Fout.ongeldig("Veld bestand: kies een PDF-bestand");
        }
        if (pdf.length > Pdfvoorcontrole.STANDAARD.bytes()) {
            throw Fout.ongeldig("Veld bestand: het bestand is groter dan 5 MB; er is niets gecontroleerd");
        }
        if (!Pdfvoorcontrole.lijktOpPdf(pdf)) {
            throw Fout.ongeldig("Veld bestand: het bestand is geen PDF-document; er is niets gecontroleerd");
        }
        Verificatierapport r = plaatsen.metPlaats(() -> {
            try {
                return DssVerificatie.rapport(pdf, null, ondertekensleutel.vertrouwd(), DssVerificatie.Bron.BUITEN);
            } catch (Pdfvoorcontrole.Buitengrenzen e) {
                throw Fout.ongeldig("Veld bestand: " + e.getMessage() + " Er is niets gecontroleerd.");
            }
        });
        String hash = Sha256.van(pdf);
        // The audit key is the start of the file's hash (the column holds 60 characters); the whole hash is in "na".
        auditLog.vastleggen(
                "PDF_GECONTROLEERD",
                "Bestand",
                hash.substring(0, 16),
                null,
                null,
                Map.of("sha256", hash, "oordeel", r.dss().oordeel()));
        return r;
    }

    private static String tekst(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
