package nl.bzk.spreiding.archive.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.bzk.spreiding.archive.entity.Archiefstuk;
import nl.bzk.spreiding.documents.entity.Document;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.dossier.service.Briefdossiers;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Sha256;
import nl.bzk.spreiding.platform.Tijd;
import nl.bzk.spreiding.security.entity.Rol;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Packages for long-term archiving (e-Depot): a SIP with MDTO 1.0.1 sidecar files and a pakbon (docs/archive.md), per
 * document or per year.
 */
@Stateless
@RolesAllowed({Rol.ARCHIVIST_NAAM, Rol.BZK_COORDINATOR_NAAM})
public class ArchiefExport {

    @Inject
    private Archief archief;

    @Inject
    private Archiefketen keten;

    @Inject
    private Briefdossiers dossiers;

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(
            name = "spreiding.archief.archiefvormer",
            defaultValue = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
    private String archiefvormer;

    @Inject
    @ConfigProperty(
            name = "spreiding.archief.collectie",
            defaultValue = "Archief Ministerie van BZK, spreiding rijkswerkgelegenheid")
    private String collectie;

    @Inject
    @ConfigProperty(name = "spreiding.archief.doelsysteem", defaultValue = "e-Depot Nationaal Archief")
    private String doelsysteem;

    @Inject
    @ConfigProperty(name = "spreiding.archief.contactpersoon", defaultValue = "Informatiebeheer BZK")
    private String contactpersoon;

    /** A SIP with one record: its folder (informatieobject, PDF, bestand) and the pakbon. */
    public byte[] document(long id) {
        Archiefstuk a = archief.haal(id);
        return sip(List.of(a), a.getTitel(), a.getJaar(), false);
    }

    /** A SIP of a year: the dossier of the year with a folder per record, and the pakbon. */
    public byte[] jaar(int jaar) {
        List<Archiefstuk> stukken = archief.zoek(new Archief.Zoekvraag(null, jaar, null, null, null, null));
        if (stukken.isEmpty()) {
            throw Fout.nietGevonden("Er zijn geen archiefstukken van " + jaar);
        }
        return sip(
                stukken.stream()
                        .sorted(Comparator.comparing(Archiefstuk::getId))
                        .toList(),
                dossierNaam(jaar),
                jaar,
                true);
    }

    static String dossierNaam(int jaar) {
        return "Spreiding rijkswerkgelegenheid " + jaar + ": Kamerbrief, bijlagen en beslisnota";
    }

    static String dossierMap(int jaar) {
        return "spreiding-rijkswerkgelegenheid-" + jaar;
    }

    /**
     * The SIP as the Nationaal Archief's specification lays it out (sidecar structure): every aggregation a folder
     * with its own {@code .mdto.xml} inside, every file with {@code <file>.bestand.mdto.xml} next to it, and a
     * pakbon. The pakbon's hash is SHA-256 over the sorted lines "sha256  path" of every other file in the package.
     */
    /** What replaced this record and what it replaces (issue 31); records stay as they were, the relation is derived. */
    private List<MdtoSchrijver.Relatie> relaties(Archiefstuk a) {
        List<MdtoSchrijver.Relatie> relaties = new ArrayList<>();
        if (a.getVervangt() != null) {
            Archiefstuk oud = em.find(Archiefstuk.class, a.getVervangt());
            if (oud != null) {
                relaties.add(new MdtoSchrijver.Relatie("Vervangt", oud.getTitel(), MdtoSchrijver.kenmerk(oud)));
            }
        }
        archief.vervanger(a.getId())
                .ifPresent(n -> relaties.add(
                        new MdtoSchrijver.Relatie("Is vervangen door", n.getTitel(), MdtoSchrijver.kenmerk(n))));
        return relaties;
    }

    private byte[] sip(List<Archiefstuk> stukken, String titel, int jaar, boolean metDossier) {
        TreeMap<String, byte[]> bestanden = new TreeMap<>();
        String basis = metDossier ? dossierMap(jaar) + "/" : "";
        if (metDossier) {
            bestanden.put(
                    basis + dossierMap(jaar) + ".mdto.xml",
                    MdtoSchrijver.dossier(
                            dossierNaam(jaar), "spreiding-dossier-" + jaar, jaar, stukken, archiefvormer, collectie));
        }
        int pdfs = 0;
        long omvang = 0;
        for (Archiefstuk a : stukken) {
            String naam = bestandsnaam(a);
            String map = basis + naam + "/";
            byte[] pdf = archief.pdf(a.getId());
            String pdfNaam = naam + ".pdf";
            var document = em.find(Document.class, a.getDocumentId());
            var rapport = archief.verifieer(a.getId());
            MdtoSchrijver.Context c = new MdtoSchrijver.Context(
                    archiefvormer,
                    dossierNaam(a.getJaar()),
                    "spreiding-dossier-" + a.getJaar(),
                    pdfNaam,
                    document == null ? null : document.getGemaaktDoor(),
                    document == null ? null : document.getGemaaktOp(),
                    (rapport.geldig() ? "Geldig" : "Niet geldig")
                            + (rapport.niveau() == null ? "" : " (" + rapport.niveau() + ")"),
                    Tijd.nu(),
                    archief.vernieuwingen(a.getId()),
                    dossiers.routeVanArchiefstuk(a.getId(), a.getDocumentId()).stream()
                            .map(r -> new MdtoSchrijver.Routeevent(r.eventType(), r.op(), r.door(), r.resultaat()))
                            .toList(),
                    relaties(a));
            bestanden.put(map + naam + ".mdto.xml", MdtoSchrijver.informatieobject(a, soortNaam(a.getSoort()), c));
            bestanden.put(map + pdfNaam, pdf);
            bestanden.put(
                    map + pdfNaam + ".bestand.mdto.xml",
                    MdtoSchrijver.bestand(a, pdfNaam, Pdfformaat.van(pdf), archief.laatsteVernieuwing(a.getId())));
            pdfs++;
            omvang += pdf.length;
        }
        StringBuilder manifest = new StringBuilder();
        bestanden.forEach((pad, inhoud) ->
                manifest.append(Sha256.van(inhoud)).append("  ").append(pad).append('\n'));
        Pakbon pakbon = new Pakbon(
                "spreiding-sip-" + jaar + "-" + UUID.randomUUID(),
                titel,
                doelsysteem,
                archiefvormer,
                contactpersoon,
                Tijd.nu(),
                stukken.size() + (metDossier ? 1 : 0),
                pdfs,
                pdfs,
                omvang,
                Sha256.van(manifest.toString().getBytes(StandardCharsets.UTF_8)),
                keten.controleerAlles().kopHash(),
                "PDF-bestanden in PDF/A-2 (zie bestandsformaat per bestand), ondertekend met PAdES");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (var e : bestanden.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("pakbon.xml"));
            zip.write(pakbon.xml());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static String soortNaam(String soort) {
        try {
            return Documentsoort.valueOf(soort).getLabel();
        } catch (IllegalArgumentException e) {
            return soort;
        }
    }

    public static String bestandsnaam(Archiefstuk a) {
        return a.getSoort().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + a.getJaar() + "-archief-" + a.getId();
    }
}
