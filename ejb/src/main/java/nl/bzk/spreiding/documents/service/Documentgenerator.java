package nl.bzk.spreiding.documents.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.audit.service.AuditLog;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.DocumentBestand;
import nl.bzk.spreiding.documents.entity.Documentsjabloon;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Invoer;
import nl.bzk.spreiding.platform.Invoercontrole;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Regeltekst;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Rol;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Generates documents: preview (nothing stored), generate (a concept document stored with its template version and
 * snapshot), and reproduce (the same document again from what was stored). The snapshot is frozen to JSON first and
 * the document is rendered from the parsed JSON, so what is stored is exactly what was rendered.
 */
@Stateless
@RolesAllowed({Rol.BZK_COORDINATOR_NAAM})
public class Documentgenerator {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Momentopnamen momentopnamen;

    @Inject
    private Documentsjablonen sjablonen;

    @Inject
    private Kaartgeometrie kaart;

    @Inject
    private AuditLog auditLog;

    @Resource
    private SessionContext context;

    @Inject
    private Standaardondertekening standaard;

    /**
     * What the user asks for; empty fields take defaults: newest year, newest period, active template, today, and the
     * signatory (function and name) configured for the set (spreiding.ondertekening.*).
     */
    public record Verzoek(
            Documentsoort soort,
            Integer jaar,
            @Regeltekst(max = 60) String periode,
            Long sjabloonId,
            @Regeltekst(max = 60) String kamerstuk,
            @Regeltekst(max = 20) String vergaderjaar,
            @Regeltekst(max = 60) String kenmerk,
            LocalDate datum,
            @Regeltekst(max = 200) String ondertekenaar,
            @Regeltekst(max = 100) String ondertekenaarNaam,
            Dossierinhoud dossier) {
        public Verzoek(
                Documentsoort soort,
                Integer jaar,
                String periode,
                Long sjabloonId,
                String kamerstuk,
                String vergaderjaar,
                String kenmerk,
                LocalDate datum,
                String ondertekenaar,
                String ondertekenaarNaam) {
            this(
                    soort,
                    jaar,
                    periode,
                    sjabloonId,
                    kamerstuk,
                    vergaderjaar,
                    kenmerk,
                    datum,
                    ondertekenaar,
                    ondertekenaarNaam,
                    null);
        }

        public Verzoek metSoort(Documentsoort andere) {
            return new Verzoek(
                    andere,
                    jaar,
                    periode,
                    null,
                    kamerstuk,
                    vergaderjaar,
                    kenmerk,
                    datum,
                    ondertekenaar,
                    ondertekenaarNaam,
                    dossier);
        }
    }

    public record Gegenereerd(Document document, boolean bestondAl) {}

    public byte[] voorbeeld(Verzoek v, String sjabloonTekst) {
        Verzoek volledig = volledig(v);
        String tekst =
                sjabloonTekst != null ? sjabloonTekst : sjabloon(volledig).getTekst();
        Map<String, Object> gegevens =
                Momentopname.voorSjabloon(momentopnamen.bouw(volledig).naarJson());
        return Documentopmaak.maak(tekst, gegevens, kaart.geometrie(), Tijd.nu())
                .pdf();
    }

    /** Checks a template before it is saved: it must produce a complete document from the newest data. */
    public void proef(Documentsoort soort, String tekst) {
        if (momentopnamen.laatsteJaar() == null || momentopnamen.laatstePeriode() == null) {
            Documentopmaak.vul(tekst, Map.of());
            return;
        }
        voorbeeld(new Verzoek(soort, null, null, null, "", "", "", null, null, null), tekst);
    }

    /** The newest reporting period of the action plan: what a new letter reports on. */
    public String standaardPeriode() {
        String periode = momentopnamen.laatstePeriode();
        if (periode == null) {
            throw Fout.ongeldig("Er is nog geen rapportageperiode van het actieplan");
        }
        return periode;
    }

    /** Refuses a year without accepted figures, with the years that have them. */
    public void controleerJaar(int jaar) {
        momentopnamen.controleerJaar(jaar);
    }

    public Gegenereerd genereer(Verzoek v) {
        Verzoek volledig = volledig(v);
        Documentsjabloon sjabloon = sjabloon(volledig);
        String json = momentopnamen.bouw(volledig).naarJson();
        return bewaar(
                sjabloon,
                volledig.soort(),
                volledig.jaar(),
                volledig.periode(),
                volledig.kamerstuk(),
                volledig.vergaderjaar(),
                volledig.kenmerk(),
                json);
    }

    /**
     * The document once more as it is signed: with the paraaf block filled in ({@code route}, the beslisnota; null for
     * the others) and dated {@code datum} when its date was left to the signing. The same document when neither changes
     * anything. The signer calls it, through the dossier that decided the route was complete.
     */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ONDERTEKENAAR_NAAM})
    public Gegenereerd voorOndertekening(long documentId, Dossierinhoud route, LocalDate datum) {
        Document bron = em.find(Document.class, documentId);
        if (bron == null) {
            throw Fout.nietGevonden("Document " + documentId + " bestaat niet");
        }
        Momentopname oud = Momentopname.lees(bron.getMomentopname());
        Momentopname nieuw = (route == null ? oud : oud.metRoute(MomentopnameOpbouw.route(route)))
                .gedateerd(Nederlands.datum(datum));
        if (nieuw.equals(oud)) {
            return new Gegenereerd(bron, true);
        }
        return bewaar(
                bron.getSjabloon(),
                bron.getSoort(),
                bron.getJaar(),
                bron.getPeriode(),
                bron.getKamerstuk(),
                bron.getVergaderjaar(),
                bron.getKenmerk(),
                nieuw.naarJson());
    }

    private Gegenereerd bewaar(
            Documentsjabloon sjabloon,
            Documentsoort soort,
            int jaar,
            String periode,
            String kamerstuk,
            String vergaderjaar,
            String kenmerk,
            String json) {
        String jsonSha = Sha256.van(json);
        // Generations from one template version wait for each other here, so the second of two identical requests finds
        // the first one's document instead of colliding with it; the unique index (V8) is the guarantee underneath.
        em.lock(sjabloon, LockModeType.PESSIMISTIC_WRITE);
        List<Document> gelijk = em.createNamedQuery(Document.MET_SJABLOON_EN_MOMENTOPNAME, Document.class)
                .setParameter("s", sjabloon)
                .setParameter("h", jsonSha)
                .getResultList();
        if (!gelijk.isEmpty()) {
            // A double submit, or nothing changed since the last generation: the same document, not a second copy.
            return new Gegenereerd(gelijk.get(0), true);
        }
        OffsetDateTime moment = Tijd.nu();
        Documentopmaak.Resultaat r =
                Documentopmaak.maak(sjabloon.getTekst(), Momentopname.voorSjabloon(json), kaart.geometrie(), moment);
        Document d = new Document(
                soort,
                r.meta().titel(),
                sjabloon,
                jaar,
                periode,
                Invoer.ingevuld(kamerstuk),
                Invoer.ingevuld(vergaderjaar),
                Invoer.ingevuld(kenmerk),
                json,
                jsonSha,
                Sha256.van(r.pdf()),
                r.pdf().length,
                paginas(r.pdf()),
                context.getCallerPrincipal().getName(),
                moment,
                r.openPunten());
        em.persist(d);
        em.flush();
        em.persist(new DocumentBestand(d.getId(), r.pdf()));
        Map<String, Object> na = new LinkedHashMap<>();
        na.put("soort", d.getSoort().name());
        na.put("titel", d.getTitel());
        na.put("jaar", d.getJaar());
        na.put("periode", d.getPeriode());
        na.put("sjabloon", sjabloon.getSoort() + " v" + sjabloon.getVersie());
        na.put("momentopnameSha256", jsonSha);
        na.put("pdfSha256", d.getPdfSha256());
        auditLog.vastleggen("DOCUMENT_GEGENEREERD", "Document", d.getId(), null, null, na);
        return new Gegenereerd(d, false);
    }

    /** The letter, both annexes and the beslisnota for one year and period, each with its active template. */
    public List<Gegenereerd> genereerSet(Verzoek v) {
        List<Gegenereerd> set = new ArrayList<>();
        for (Documentsoort soort : Documentsoort.values()) {
            set.add(genereer(v.metSoort(soort)));
        }
        return set;
    }

    /** Renders a stored document again from its template version, snapshot, geometry and moment. */
    @RolesAllowed({Rol.BZK_COORDINATOR_NAAM, Rol.ARCHIVIST_NAAM})
    public byte[] reproduceer(long documentId) {
        Document d = em.find(Document.class, documentId);
        if (d == null) {
            throw Fout.nietGevonden("Document " + documentId + " bestaat niet");
        }
        Provinciegeometrie geometrie = kaart.geometrie();
        String bron = Momentopname.lees(d.getMomentopname()).document().geometrie();
        if (bron != null && !bron.equals(geometrie.bron())) {
            throw Fout.conflict("Document " + documentId + " is gemaakt met provinciegeometrie " + bron + "; nu is "
                    + geometrie.bron() + " ingesteld. Stel dezelfde geometrie in om het document exact na te maken.");
        }
        return Documentopmaak.maak(
                        d.getSjabloon().getTekst(),
                        Momentopname.voorSjabloon(d.getMomentopname()),
                        geometrie,
                        d.getGemaaktOp())
                .pdf();
    }

    private Verzoek volledig(Verzoek v) {
        Invoercontrole.controleer(v);
        if (v.soort() == null) {
            throw Fout.ongeldig("Veld soort: kies KAMERBRIEF, BIJLAGE_1_CIJFERS, BIJLAGE_2_ACTIES of BESLISNOTA");
        }
        Integer jaar = v.jaar() != null ? v.jaar() : momentopnamen.laatsteJaar();
        if (jaar == null) {
            throw Fout.ongeldig(
                    "Er zijn nog geen goedgekeurde cijfers; een document kan pas worden gemaakt als er een aanlevering is goedgekeurd");
        }
        String periode =
                v.periode() != null && !v.periode().isBlank() ? v.periode().strip() : momentopnamen.laatstePeriode();
        if (periode == null) {
            throw Fout.ongeldig("Er is nog geen rapportageperiode van het actieplan");
        }
        String functie = v.ondertekenaar() != null && !v.ondertekenaar().isBlank()
                ? v.ondertekenaar().strip()
                : standaard.functie();
        String naam = v.ondertekenaarNaam() != null && !v.ondertekenaarNaam().isBlank()
                ? v.ondertekenaarNaam().strip()
                : standaard.naam();
        return new Verzoek(
                v.soort(),
                jaar,
                periode,
                v.sjabloonId(),
                v.kamerstuk(),
                v.vergaderjaar(),
                v.kenmerk(),
                // A dossier's letter without a chosen date is dated when it is signed (voorOndertekening).
                v.datum() != null || v.dossier() != null ? v.datum() : LocalDate.now(Tijd.ZONE),
                functie,
                naam,
                v.dossier());
    }

    private Documentsjabloon sjabloon(Verzoek v) {
        if (v.sjabloonId() == null) {
            return sjablonen.actief(v.soort());
        }
        Documentsjabloon s = sjablonen.haal(v.sjabloonId());
        if (s.getSoort() != v.soort()) {
            throw Fout.ongeldig("Veld sjabloonId: versie " + s.getVersie() + " is een sjabloon voor "
                    + s.getSoort().getLabel() + ", niet voor " + v.soort().getLabel());
        }
        return s;
    }

    private static int paginas(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
