package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.europa.esig.dss.enumerations.Indication;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.bzk.spreiding.archive.DssControle;
import nl.bzk.spreiding.archive.Pdfbom;
import nl.bzk.spreiding.documents.PdfControle;
import nl.bzk.spreiding.platform.Tijd;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * Finalising, the archive and verification in the real server: the demo archive of 2025 for the archivist, signing
 * checked by the EU's DSS validator and veraPDF, search, export, who may do what, a signing failure that leaves
 * nothing behind, and tampering (refused by the database on PostgreSQL, detected by verification on H2).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiefIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private static X509Certificate ontwikkelCa() throws Exception {
        Path pem = Path.of(System.getProperty("it.work.dir", "target/it-work"), "ondertekening", "ontwikkel-ca.pem");
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private JsonObject concept(String soort, String kenmerk) {
        return concept(soort, kenmerk, ",\"ondertekenaarNaam\":\"F. Rijkaart\"");
    }

    private JsonObject concept(String soort, String kenmerk, String extra) {
        Api.Antwoord a = Api.als(basis, "bzk")
                .post(
                        "api/documenten",
                        "{\"soort\":\"" + soort + "\",\"jaar\":2025,\"periode\":\"2025\","
                                + "\"kamerstuk\":\"29 697, nr. 171\",\"vergaderjaar\":\"2025-2026\",\"kenmerk\":\""
                                + kenmerk + "\"" + extra + "}");
        assertEquals(201, a.status(), a.body());
        return a.object();
    }

    /** The id of the archive record of a finalised concept. */
    private long vastgesteld(JsonObject document) {
        return stelVast(document).object().getJsonNumber("id").longValue();
    }

    private Api.Antwoord stelVast(JsonObject document) {
        return Api.als(basis, "bzk")
                .post(
                        "api/archief",
                        "{\"documentId\":" + document.getJsonNumber("id") + ",\"versieSlot\":"
                                + document.getJsonNumber("versieSlot") + "}");
    }

    @Test
    void archivarisVindtDeOndertekendeBijlagenVanVorigJaarEnZietZeGeverifieerd() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        List<JsonObject> bijlagen = archivaris
                .get("api/archief?jaar=2025&soort=BIJLAGE_1_CIJFERS")
                .array()
                .getValuesAs(JsonObject.class);
        assertFalse(bijlagen.isEmpty(), "the demo archive holds Bijlage 1 of 2025");
        JsonObject bijlage = bijlagen.get(bijlagen.size() - 1);
        assertEquals("2025-2026", bijlage.getString("vergaderjaar"));
        assertEquals("Blijvend te bewaren", bijlage.getString("bewaartermijn"));
        long id = bijlage.getJsonNumber("id").longValue();

        HttpResponse<byte[]> pdf = archivaris.download("api/archief/" + id + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(
                bijlage.getString("sha256"),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        DssControle.Uitkomst dss = DssControle.valideer(pdf.body(), List.of(ontwikkelCa()));
        assertEquals(Indication.TOTAL_PASSED, dss.indicatie(), dss.toString());
        assertEquals("PAdES-BASELINE-B", dss.niveau());
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf.body()), "still PDF/A-2a and PDF/UA-1 after signing");
        assertTrue(PdfControle.tekst(pdf.body()).contains("Totaal 353.797 367.131 13.334 3,8"));

        JsonObject rapport =
                archivaris.get("api/archief/" + id + "/verificatie").object();
        assertTrue(rapport.getBoolean("geldig"), rapport.toString());
        assertTrue(rapport.getString("ondertekenaar").contains("Spreiding documentondertekening"), rapport.toString());

        List<JsonObject> brieven = archivaris
                .get("api/archief?jaar=2025&soort=BIJLAGE_2_ACTIES")
                .array()
                .getValuesAs(JsonObject.class);
        assertFalse(brieven.isEmpty(), "the demo archive holds Bijlage 2 of 2025");
    }

    @Test
    void vaststellenOndertekentEnArchiveertEenKeer() throws Exception {
        JsonObject concept = concept("BESLISNOTA", "IT-ARCHIEF-1");
        Api.Antwoord vastgesteld = stelVast(concept);
        assertEquals(201, vastgesteld.status(), vastgesteld.body());
        JsonObject stuk = vastgesteld.object();
        assertEquals("bzk", stuk.getString("ondertekendDoor"));
        assertEquals("IT-ARCHIEF-1", stuk.getString("kenmerk"));
        assertEquals(concept.getInt("sjabloonVersie"), stuk.getInt("sjabloonVersie"));
        assertEquals(concept.getString("momentopnameSha256"), stuk.getString("momentopnameSha256"));
        assertEquals("Openbaar", stuk.getString("classificatie"));

        JsonObject document = Api.als(basis, "bzk")
                .get("api/documenten/" + concept.getJsonNumber("id"))
                .object();
        assertEquals("DEFINITIEF", document.getString("status"));
        Api.Antwoord nogmaals = Api.als(basis, "bzk")
                .post(
                        "api/archief",
                        "{\"documentId\":" + concept.getJsonNumber("id") + ",\"versieSlot\":"
                                + document.getJsonNumber("versieSlot") + "}");
        assertEquals(409, nogmaals.status(), nogmaals.body());
        assertTrue(nogmaals.object().getString("melding").contains("is al vastgesteld"), nogmaals.body());
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?",
                        concept.getJsonNumber("id").longValue()));
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM audit_regel WHERE actie = 'DOCUMENT_VASTGESTELD' AND entiteit_id = ?",
                        String.valueOf(concept.getJsonNumber("id").longValue())));

        JsonObject tweede = concept("BESLISNOTA", "IT-ARCHIEF-2");
        Api.Antwoord fout = Api.als(basis, "bzk")
                .post(
                        "api/archief",
                        "{\"documentId\":" + tweede.getJsonNumber("id") + ",\"versieSlot\":"
                                + tweede.getJsonNumber("versieSlot") + ",\"classificatie\":\"Geheim\"}");
        assertEquals(400, fout.status(), fout.body());
        assertTrue(
                fout.object().getString("melding").startsWith("Veld classificatie: 'Geheim' is geen classificatie"),
                fout.body());
        Api.Antwoord verouderd = Api.als(basis, "bzk")
                .post(
                        "api/archief",
                        "{\"documentId\":" + tweede.getJsonNumber("id") + ",\"versieSlot\":"
                                + (tweede.getJsonNumber("versieSlot").longValue() + 3) + "}");
        assertEquals(409, verouderd.status(), verouderd.body());
        assertEquals(
                0,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?",
                        tweede.getJsonNumber("id").longValue()));
    }

    @Test
    void mislukteOndertekeningLaatNietsAchter() throws Exception {
        JsonObject concept = concept("BIJLAGE_2_ACTIES", "IT-ARCHIEF-KAPOT");
        long id = concept.getJsonNumber("id").longValue();
        try (Connection c = TestDatabase.verbinding();
                PreparedStatement s = c.prepareStatement("UPDATE document_bestand SET pdf = ? WHERE document_id = ?")) {
            s.setBytes(1, "geen pdf".getBytes(StandardCharsets.US_ASCII));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
        Api.Antwoord a = stelVast(concept);
        // A failure, not a refusal: 500 with a reference to the log, the cause not shown to the user.
        assertEquals(500, a.status(), a.body());
        assertTrue(
                a.object()
                        .getString("melding")
                        .startsWith("Ondertekenen van document " + id + " is niet gelukt; er is niets "
                                + "gearchiveerd. Probeer het later opnieuw of meld het met referentie "),
                a.body());
        assertEquals(
                "urn:nl:bzk:spreiding:probleem:fout-in-spreiding", a.object().getString("type"));
        assertTrue(a.object().getString("melding").contains(a.object().getString("referentie")), a.body());
        assertFalse(a.body().contains("Exception") || a.body().contains("Oorzaak"), a.body());
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?", id));
        assertEquals(
                "CONCEPT",
                Api.als(basis, "bzk").get("api/documenten/" + id).object().getString("status"));
    }

    @Test
    void eenBriefZonderNaamVanDeOndertekenaarWordtNietVastgesteld() throws Exception {
        JsonObject concept = concept("KAMERBRIEF", "IT-ARCHIEF-NAAMLOOS", "");
        assertEquals("de naam van de ondertekenaar ontbreekt", concept.getString("openPunten"));
        Api.Antwoord geweigerd = stelVast(concept);
        assertEquals(400, geweigerd.status(), geweigerd.body());
        assertTrue(
                geweigerd
                        .object()
                        .getString("melding")
                        .contains("kan nog niet worden vastgesteld: de naam van de ondertekenaar ontbreekt"),
                geweigerd.body());
        long id = concept.getJsonNumber("id").longValue();
        assertEquals(
                "CONCEPT",
                TestDatabase.rijen("SELECT status FROM document WHERE id = ?", id)
                        .get(0)
                        .get("status"));
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?", id));

        // With the name the letter ends in function and name, and can be finalised.
        JsonObject compleet = concept("KAMERBRIEF", "IT-ARCHIEF-NAAMLOOS");
        assertTrue(!compleet.containsKey("openPunten") || compleet.isNull("openPunten"), compleet.toString());
        assertEquals(201, stelVast(compleet).status());
        byte[] pdf = Api.als(basis, "archivaris")
                .download("api/documenten/" + compleet.getJsonNumber("id") + "/pdf")
                .body();
        assertTrue(PdfControle.tekst(pdf)
                .contains("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, F. Rijkaart"));
    }

    @Test
    void zoekenOpKamerstukTekstEnDatum() {
        JsonObject concept = concept("KAMERBRIEF", "IT-ARCHIEF-ZOEK");
        assertEquals(201, stelVast(concept).status());
        Api archivaris = Api.als(basis, "archivaris");
        // The archive reads a day as a Dutch day (Tijd.ZONE); the test machine may be in UTC, an hour or two behind.
        String vandaag = LocalDate.now(Tijd.ZONE).toString();
        assertFalse(archivaris
                .get("api/archief?kamerstuk=29%20697,%20nr.%20171&soort=KAMERBRIEF")
                .array()
                .isEmpty());
        assertFalse(archivaris
                .get("api/archief?tekst=367.131&van=" + vandaag + "&tot=" + vandaag)
                .array()
                .isEmpty());
        assertTrue(archivaris
                .get("api/archief?tekst=dit-staat-nergens-xyz")
                .array()
                .isEmpty());
        assertTrue(archivaris
                .get("api/archief?van=1990-01-01&tot=1990-12-31")
                .array()
                .isEmpty());
        Api.Antwoord datum = archivaris.get("api/archief?van=gisteren");
        assertEquals(400, datum.status());
        assertTrue(datum.object().getString("melding").contains("'gisteren' is geen datum"), datum.body());
    }

    @Test
    void exportpakketMetPdfEnMdto() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        JsonObject stuk = archivaris
                .get("api/archief?jaar=2025&soort=KAMERBRIEF")
                .array()
                .getValuesAs(JsonObject.class)
                .get(0);
        HttpResponse<byte[]> zip = archivaris.download("api/archief/" + stuk.getJsonNumber("id") + "/export.zip");
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> bestanden = uitpakken(zip.body());
        String naam = "kamerbrief-2025-archief-" + stuk.getJsonNumber("id");
        // The SIP's sidecar structure: a folder per informatieobject with its metadata inside, the file's next to it.
        assertEquals(
                Set.of(
                        naam + "/" + naam + ".mdto.xml",
                        naam + "/" + naam + ".pdf",
                        naam + "/" + naam + ".pdf.bestand.mdto.xml",
                        "pakbon.xml"),
                bestanden.keySet());
        byte[] pdf = bestanden.get(naam + "/" + naam + ".pdf");
        bestanden.forEach((pad, inhoud) -> {
            if (pad.endsWith(".mdto.xml")) {
                Mdto.valideer(pad, inhoud);
            }
        });
        Document bestand = Mdto.lees(bestanden.get(naam + "/" + naam + ".pdf.bestand.mdto.xml"));
        assertEquals(stuk.getString("sha256"), Mdto.waarde(bestand, "checksumWaarde"));
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stuk.getString("sha256"));
        assertEquals("fmt/476", Mdto.waarde(bestand, "begripCode"));
        assertEquals(String.valueOf(pdf.length), Mdto.waarde(bestand, "omvang"));
        Document object = Mdto.lees(bestanden.get(naam + "/" + naam + ".mdto.xml"));
        assertEquals(stuk.getString("titel"), Mdto.waarde(object, "naam"));
        assertEquals(List.of("Creatie", "Accordering", "Validatie Handtekening"), Mdto.labels(object, "eventType"));
        assertEquals(List.of("Blijvend te bewaren"), Mdto.labels(object, "waardering"));
        assertEquals(List.of("Archiefstuk"), Mdto.labels(object, "aggregatieniveau"));

        HttpResponse<byte[]> jaar = archivaris.download("api/archief/export.zip?jaar=2025");
        assertEquals(200, jaar.statusCode());
        Map<String, byte[]> sip = uitpakken(jaar.body());
        long pdfs = sip.keySet().stream().filter(n -> n.endsWith(".pdf")).count();
        assertTrue(pdfs >= 4, sip.keySet().toString());
        assertTrue(
                sip.containsKey("spreiding-rijkswerkgelegenheid-2025/spreiding-rijkswerkgelegenheid-2025.mdto.xml"),
                sip.keySet().toString());
        sip.forEach((pad, inhoud) -> {
            if (pad.endsWith(".mdto.xml")) {
                Mdto.valideer(pad, inhoud);
            }
        });
        // The pakbon: counts, content size and the package hash over every other file, recomputed here.
        Document pakbon = Mdto.lees(sip.get("pakbon.xml"));
        assertEquals(String.valueOf(pdfs + 1), Mdto.waarde(pakbon, "aantalInformatieobjecten"));
        assertEquals(String.valueOf(pdfs), Mdto.waarde(pakbon, "aantalBestandenZonderMdto"));
        assertEquals(
                String.valueOf(sip.entrySet().stream()
                        .filter(e -> e.getKey().endsWith(".pdf"))
                        .mapToLong(e -> e.getValue().length)
                        .sum()),
                Mdto.waarde(pakbon, "omvangInhoud"));
        StringBuilder manifest = new StringBuilder();
        for (var e : new TreeMap<>(sip).entrySet()) {
            if (!e.getKey().equals("pakbon.xml")) {
                manifest.append(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())))
                        .append("  ")
                        .append(e.getKey())
                        .append('\n');
            }
        }
        assertEquals(
                HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(manifest.toString().getBytes(StandardCharsets.UTF_8))),
                Mdto.waarde(pakbon, "pakketHash"));
        assertEquals(
                404, archivaris.download("api/archief/export.zip?jaar=1990").statusCode());
    }

    @Test
    void archivarisKanNietsWijzigen() {
        Api archivaris = Api.als(basis, "archivaris");
        long id = archivaris
                .get("api/archief?jaar=2025")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                403,
                archivaris
                        .post("api/archief", "{\"documentId\":1,\"versieSlot\":0}")
                        .status());
        assertEquals(405, archivaris.put("api/archief/" + id, "{}").status());
        assertEquals(405, archivaris.delete("api/archief/" + id).status());
        assertEquals(405, Api.als(basis, "bzk").delete("api/archief/" + id).status());
        assertEquals(
                403,
                archivaris.post("api/documenten", "{\"soort\":\"KAMERBRIEF\"}").status());
        assertEquals(
                403,
                archivaris
                        .post("api/sjablonen", "{\"soort\":\"KAMERBRIEF\",\"tekst\":\"x\"}")
                        .status());
        assertEquals(403, Api.als(basis, "contact.fin").get("api/archief").status());
        assertEquals(401, Api.anoniem(basis).get("api/archief").status());
    }

    @Test
    void veranderingInDeDatabaseWordtGeweigerdOfOntdekt() throws Exception {
        JsonObject concept = concept("BIJLAGE_1_CIJFERS", "IT-ARCHIEF-KNOEI");
        JsonObject stuk = stelVast(concept).object();
        long id = stuk.getJsonNumber("id").longValue();
        byte[] pdf = Api.als(basis, "archivaris")
                .download("api/archief/" + id + "/pdf")
                .body();
        byte[] een = pdf.clone();
        int plek = new String(een, StandardCharsets.ISO_8859_1).indexOf("stream") + 60;
        een[plek] ^= 0x01;
        boolean postgres = TestDatabase.isPostgres();
        try (Connection c = TestDatabase.verbinding();
                PreparedStatement s = c.prepareStatement("UPDATE archiefinhoud SET pdf = ? WHERE archiefstuk_id = ?")) {
            s.setBytes(1, een);
            s.setLong(2, id);
            if (postgres) {
                SQLException geweigerd = Assertions.assertThrows(SQLException.class, s::executeUpdate);
                assertTrue(
                        geweigerd.getMessage().contains("Archiefstukken zijn onveranderlijk"), geweigerd.getMessage());
            } else {
                assertEquals(1, s.executeUpdate());
            }
        }
        if (postgres) {
            try (Connection c = TestDatabase.verbinding();
                    PreparedStatement s = c.prepareStatement("DELETE FROM archiefstuk WHERE id = ?")) {
                s.setLong(1, id);
                assertThrows(s);
            }
            assertTrue(Api.als(basis, "archivaris")
                    .get("api/archief/" + id + "/verificatie")
                    .object()
                    .getBoolean("geldig"));
        } else {
            JsonObject rapport = Api.als(basis, "archivaris")
                    .get("api/archief/" + id + "/verificatie")
                    .object();
            assertFalse(rapport.getBoolean("geldig"), rapport.toString());
            JsonObject hash = rapport.getJsonArray("controles").getJsonObject(0);
            assertEquals("Bestand ongewijzigd sinds archivering", hash.getString("naam"));
            assertFalse(hash.getBoolean("geslaagd"));
        }
    }

    /**
     * Three tamperings by someone with write access to the database (on PostgreSQL with the triggers switched off, as a
     * database administrator can): a PDF swapped for another signed one together with its recorded hash, a changed
     * retention and classification, a removed record. Each is reported, per record and for the whole archive.
     */
    @Test
    void deArchiefketenOntdektVerwisselenWijzigenEnVerwijderen() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        long a = vastgesteld(concept("BIJLAGE_2_ACTIES", "IT-KETEN-A"));
        long b = vastgesteld(concept("BIJLAGE_2_ACTIES", "IT-KETEN-B"));
        long c = vastgesteld(concept("BESLISNOTA", "IT-KETEN-C"));
        long d = vastgesteld(concept("BESLISNOTA", "IT-KETEN-D"));
        JsonObject heel = archivaris.get("api/archief/keten").object();
        assertTrue(heel.getBoolean("geldig"), heel.toString());
        assertTrue(
                heel.getString("ankerKop").startsWith("schakel " + heel.getInt("schakels") + ", kophash "),
                heel.toString());
        assertTrue(heel.getInt("schakels") >= 3, heel.toString());
        JsonObject rapportA =
                archivaris.get("api/archief/" + a + "/verificatie").object();
        assertTrue(rapportA.getBoolean("geldig"), rapportA.toString());
        assertTrue(controle(rapportA, "Archiefketen aaneengesloten").getBoolean("geslaagd"), rapportA.toString());

        byte[] pdfB = archivaris.download("api/archief/" + b + "/pdf").body();
        try (Connection db = TestDatabase.verbinding()) {
            if (TestDatabase.isPostgres()) {
                db.createStatement().execute("SET session_replication_role = replica");
            }
            try (PreparedStatement s =
                    db.prepareStatement("UPDATE archiefinhoud SET pdf = ? WHERE archiefstuk_id = ?")) {
                s.setBytes(1, pdfB);
                s.setLong(2, a);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s =
                    db.prepareStatement("UPDATE archiefstuk SET sha256 = ?, grootte = ? WHERE id = ?")) {
                s.setString(
                        1,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(pdfB)));
                s.setLong(2, pdfB.length);
                s.setLong(3, a);
                assertEquals(1, s.executeUpdate());
            }
            try (PreparedStatement s = db.prepareStatement(
                    "UPDATE archiefstuk SET bewaartermijn = '10 jaar', classificatie = 'Intern' WHERE id = ?")) {
                s.setLong(1, b);
                assertEquals(1, s.executeUpdate());
            }
            for (String sql : List.of(
                    "DELETE FROM archiefinhoud WHERE archiefstuk_id = ?", "DELETE FROM archiefstuk WHERE id = ?")) {
                try (PreparedStatement s = db.prepareStatement(sql)) {
                    s.setLong(1, c);
                    assertEquals(1, s.executeUpdate());
                }
            }
            // Issue 30, finding 7: the tail of the chain removed together with its record and its audit line. Only the
            // anchor outside the database still knows the chain was longer.
            for (String sql : List.of(
                    "DELETE FROM archiefketen WHERE archiefstuk_id = ?",
                    "DELETE FROM archiefinhoud WHERE archiefstuk_id = ?",
                    "DELETE FROM archiefstuk WHERE id = ?",
                    "DELETE FROM audit_regel WHERE actie = 'DOCUMENT_VASTGESTELD' AND id = (SELECT MAX(id) FROM"
                            + " audit_regel WHERE actie = 'DOCUMENT_VASTGESTELD') AND ? > 0")) {
                try (PreparedStatement s = db.prepareStatement(sql)) {
                    s.setLong(1, d);
                    assertEquals(1, s.executeUpdate(), sql);
                }
            }
            if (TestDatabase.isPostgres()) {
                db.createStatement().execute("SET session_replication_role = DEFAULT");
            }
        }

        // The swapped file has a valid signature and matches the (changed) recorded hash; only the chain sees it.
        JsonObject verwisseld =
                archivaris.get("api/archief/" + a + "/verificatie").object();
        assertFalse(verwisseld.getBoolean("geldig"), verwisseld.toString());
        assertTrue(
                controle(verwisseld, "Bestand ongewijzigd sinds archivering").getBoolean("geslaagd"),
                verwisseld.toString());
        assertFalse(
                controle(verwisseld, "Archiefgegevens ongewijzigd (archiefketen)")
                        .getBoolean("geslaagd"),
                verwisseld.toString());
        JsonObject gewijzigd =
                archivaris.get("api/archief/" + b + "/verificatie").object();
        assertFalse(gewijzigd.getBoolean("geldig"), gewijzigd.toString());
        assertTrue(controle(gewijzigd, "Archiefgegevens ongewijzigd (archiefketen)")
                .getString("toelichting")
                .contains("na archivering gewijzigd"));

        JsonObject keten = archivaris.get("api/archief/keten").object();
        assertFalse(keten.getBoolean("geldig"), keten.toString());
        List<String> bevindingen = keten.getJsonArray("bevindingen").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        assertTrue(
                bevindingen.stream()
                        .anyMatch(
                                t -> t.startsWith("Archiefstuk " + a + " ") && t.contains("na archivering gewijzigd")),
                bevindingen.toString());
        assertTrue(
                bevindingen.stream()
                        .anyMatch(
                                t -> t.startsWith("Archiefstuk " + b + " ") && t.contains("na archivering gewijzigd")),
                bevindingen.toString());
        assertTrue(
                bevindingen.stream().anyMatch(t -> t.contains("hoort bij archiefstuk " + c + ", dat ontbreekt")),
                bevindingen.toString());
        assertTrue(
                bevindingen.stream().anyMatch(t -> t.contains("het einde van de keten is verwijderd")),
                bevindingen.toString());
    }

    /**
     * An archivist checks any PDF with EU DSS without storing it: the archived copy passes; the same copy with an
     * annotation added after signing (text unchanged, so a text comparison would not notice) fails on DSS's
     * modification detection; something that is not a PDF gets a clear verdict.
     */
    @Test
    void archivarisControleertEenPdfMetDssZonderOpslag() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        long id = vastgesteld(concept("BESLISNOTA", "IT-ARCHIEF-DSS"));
        byte[] pdf = archivaris.download("api/archief/" + id + "/pdf").body();
        long stukken = TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk");

        JsonObject goed = archivaris
                .postBestand("api/archief/controle", "application/pdf", pdf)
                .object();
        assertTrue(goed.getBoolean("geldig"), goed.toString());
        assertEquals("TOTAL_PASSED", goed.getJsonObject("dss").getString("indicatie"));
        assertTrue(goed.getJsonObject("dss").getString("certificaat").startsWith("-----BEGIN CERTIFICATE-----"));

        byte[] gewijzigd;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var notitie = new PDAnnotationText();
            notitie.setContents("Later toegevoegd");
            notitie.setRectangle(new PDRectangle(100, 500, 20, 20));
            notitie.setPrinted(true);
            var pagina = d.getPage(0);
            pagina.getAnnotations().add(notitie);
            pagina.getCOSObject().setNeedToBeUpdated(true);
            pagina.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            d.saveIncremental(uit);
            gewijzigd = uit.toByteArray();
        }
        assertEquals(PdfControle.tekst(pdf), PdfControle.tekst(gewijzigd), "the text is the same");
        JsonObject fout = archivaris
                .postBestand("api/archief/controle", "application/pdf", gewijzigd)
                .object();
        assertFalse(fout.getBoolean("geldig"), fout.toString());
        assertFalse(
                controle(fout, "Geen wijzigingen na ondertekening (EU DSS)").getBoolean("geslaagd"), fout.toString());
        assertTrue(
                controle(fout, "Geen wijzigingen na ondertekening (EU DSS)")
                        .getString("toelichting")
                        .contains("annotaties"),
                fout.toString());

        Api.Antwoord geenPdf = archivaris.postBestand(
                "api/archief/controle", "application/pdf", "geen pdf".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, geenPdf.status(), geenPdf.body());
        assertEquals(
                "Veld bestand: het bestand is geen PDF-document; er is niets gecontroleerd",
                geenPdf.object().getString("detail"));
        // The file limit of an upload, as on the page (5 MB), not the 8 MB of other requests.
        // Sent with "Expect: 100-continue", as a careful client does: the server refuses on the announced length
        // without reading the body (and closes the connection on a client that sends it anyway).
        byte[] groot = Arrays.copyOf(pdf, 6 * 1024 * 1024);
        HttpResponse<String> teGroot = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(basis.toURI().resolve("api/archief/controle"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("archivaris:" + Api.WACHTWOORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/pdf")
                                .expectContinue(true)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(groot))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(413, teGroot.statusCode(), teGroot.body());
        assertEquals(stukken, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk"), "nothing stored");
        assertEquals(
                403,
                Api.als(basis, "contact.fin")
                        .postBestand("api/archief/controle", "application/pdf", pdf)
                        .status());

        // What DSS said at archiving is kept with the record (Archiefregeling art. 24c) and covered by the chain.
        Map<String, Object> rij = TestDatabase.rijen(
                        "SELECT validatie_indicatie, gevalideerd_op, certificaat FROM archiefstuk WHERE id = ?", id)
                .get(0);
        assertEquals("TOTAL_PASSED", rij.get("validatie_indicatie"));
        assertTrue(String.valueOf(rij.get("certificaat")).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    /**
     * Issue 30, finding 1: a signed PDF with a Flate bomb on its page in an incremental update (1,7 MB that unpack to
     * some 1,7 GB) cost 24 to 89 s of server CPU and 360 MB of heap in DSS's visual comparison. Now the pre-scan
     * refuses it with a Dutch 400 well within {@link #CONTROLEGRENS}, and the server's CPU time (its whole process, so
     * work going on behind an early answer would count) grows by less than that plus a second. Nothing is stored.
     */
    @Test
    void eenPdfBomWordtGeweigerdVoordatDssHemLeest() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        long id = vastgesteld(concept("BESLISNOTA", "IT-ARCHIEF-BOM"));
        byte[] bom =
                Pdfbom.metBom(archivaris.download("api/archief/" + id + "/pdf").body(), 1_700_000);
        assertTrue(bom.length > 1_700_000 && bom.length < 1_800_000, "the 1,7 MB bomb: " + bom.length);
        long audit = TestDatabase.getal("SELECT COUNT(*) FROM audit_regel");
        ProcessHandle server = server();

        Duration cpuVoor = server.info().totalCpuDuration().orElseThrow();
        long begin = System.nanoTime();
        Api.Antwoord antwoord = archivaris.postBestand("api/archief/controle", "application/pdf", bom);
        Duration duur = Duration.ofNanos(System.nanoTime() - begin);
        Duration cpu = server.info().totalCpuDuration().orElseThrow().minus(cpuVoor);

        assertEquals(400, antwoord.status(), antwoord.body());
        assertTrue(
                antwoord.object().getString("detail").startsWith("Veld bestand: Pagina 1 pakt uit tot meer dan 16 MB"),
                antwoord.body());
        assertTrue(duur.compareTo(CONTROLEGRENS) < 0, "answered in " + duur);
        assertTrue(cpu.compareTo(CONTROLEGRENS.plusSeconds(1)) < 0, "server CPU " + cpu);
        assertEquals(audit, TestDatabase.getal("SELECT COUNT(*) FROM audit_regel"), "nothing stored");
    }

    /** What a check of a bounded file may take at most (docs/security.md, "PDF check"). */
    private static final Duration CONTROLEGRENS = Duration.ofSeconds(5);

    /** The Payara Micro that Arquillian started for this class: a child process of this test JVM. */
    private static ProcessHandle server() {
        List<ProcessHandle> servers = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .toList();
        assertEquals(1, servers.size(), "one Payara Micro under this test: " + servers);
        return servers.get(0);
    }

    private static JsonObject controle(JsonObject rapport, String naam) {
        return rapport.getJsonArray("controles").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("naam").equals(naam))
                .findFirst()
                .orElseThrow(() -> new AssertionError(naam + " ontbreekt in " + rapport));
    }

    @Test
    void alleenOpPostgresWeigertDeDatabaseZelf() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "the database-level guard is a PostgreSQL trigger (db/postgresql/V7)");
        // In this schema: another schema of the same database (a benchmark's, say) has its own trigger.
        assertEquals(
                1,
                TestDatabase.getal("SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE t.tgname = 'archiefstuk_onveranderlijk' AND n.nspname = current_schema()"));
        // The audit trail is append-only too (issue 30, finding 7): its lines can be added, never changed or removed.
        for (String sql : List.of(
                "UPDATE audit_regel SET gebruiker = 'iemand anders' WHERE id = (SELECT MIN(id) FROM audit_regel)",
                "DELETE FROM audit_regel WHERE id = (SELECT MAX(id) FROM audit_regel)")) {
            IllegalStateException e =
                    Assertions.assertThrows(IllegalStateException.class, () -> TestDatabase.wijzig(sql));
            assertTrue(e.getMessage().contains("De audittrail kan alleen worden aangevuld"), e.getMessage());
        }
    }

    private static void assertThrows(PreparedStatement s) {
        SQLException e = Assertions.assertThrows(SQLException.class, s::executeUpdate);
        assertTrue(e.getMessage().contains("Archiefstukken zijn onveranderlijk"), e.getMessage());
    }

    private static Map<String, byte[]> uitpakken(byte[] zip) throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                m.put(e.getName(), in.readAllBytes());
            }
        }
        return m;
    }
}
