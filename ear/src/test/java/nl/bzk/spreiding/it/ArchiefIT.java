package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.europa.esig.dss.enumerations.Indication;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
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
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.bzk.spreiding.archive.DssControle;
import nl.bzk.spreiding.documents.PdfControle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
        Api.Antwoord a = Api.als(basis, "bzk").post("api/documenten", "{\"soort\":\"" + soort + "\",\"jaar\":2025,\"periode\":\"2025\","
                + "\"kamerstuk\":\"29 697, nr. 171\",\"vergaderjaar\":\"2025-2026\",\"kenmerk\":\"" + kenmerk + "\"" + extra + "}");
        assertTrue(a.status() == 201 || a.status() == 200, a.body());
        return a.object();
    }

    private Api.Antwoord stelVast(JsonObject document) {
        return Api.als(basis, "bzk").post("api/archief", "{\"documentId\":" + document.getJsonNumber("id") + ",\"versieSlot\":"
                + document.getJsonNumber("versieSlot") + "}");
    }

    @Test
    void archivarisVindtDeOndertekendeBijlagenVanVorigJaarEnZietZeGeverifieerd() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        List<JsonObject> bijlagen = archivaris.get("api/archief?jaar=2025&soort=BIJLAGE_1_CIJFERS").array().getValuesAs(JsonObject.class);
        assertFalse(bijlagen.isEmpty(), "the demo archive holds Bijlage 1 of 2025");
        JsonObject bijlage = bijlagen.get(bijlagen.size() - 1);
        assertEquals("2025-2026", bijlage.getString("vergaderjaar"));
        assertEquals("Blijvend te bewaren", bijlage.getString("bewaartermijn"));
        long id = bijlage.getJsonNumber("id").longValue();

        HttpResponse<byte[]> pdf = archivaris.download("api/archief/" + id + "/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals(bijlage.getString("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        DssControle.Uitkomst dss = DssControle.valideer(pdf.body(), List.of(ontwikkelCa()));
        assertEquals(Indication.TOTAL_PASSED, dss.indicatie(), dss.toString());
        assertEquals("PAdES-BASELINE-B", dss.niveau());
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf.body()), "still PDF/A-2a and PDF/UA-1 after signing");
        assertTrue(PdfControle.tekst(pdf.body()).contains("Totaal 353.797 367.131 13.334 3,8"));

        JsonObject rapport = archivaris.get("api/archief/" + id + "/verificatie").object();
        assertTrue(rapport.getBoolean("geldig"), rapport.toString());
        assertTrue(rapport.getString("ondertekenaar").contains("Spreiding documentondertekening"), rapport.toString());

        List<JsonObject> brieven = archivaris.get("api/archief?jaar=2025&soort=BIJLAGE_2_ACTIES").array().getValuesAs(JsonObject.class);
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

        JsonObject document = Api.als(basis, "bzk").get("api/documenten/" + concept.getJsonNumber("id")).object();
        assertEquals("DEFINITIEF", document.getString("status"));
        Api.Antwoord nogmaals = Api.als(basis, "bzk").post("api/archief", "{\"documentId\":" + concept.getJsonNumber("id")
                + ",\"versieSlot\":" + document.getJsonNumber("versieSlot") + "}");
        assertEquals(409, nogmaals.status(), nogmaals.body());
        assertTrue(nogmaals.object().getString("melding").contains("is al vastgesteld"), nogmaals.body());
        assertEquals(1, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?", concept.getJsonNumber("id").longValue()));
        assertEquals(1, TestDatabase.getal("SELECT COUNT(*) FROM audit_regel WHERE actie = 'DOCUMENT_VASTGESTELD' AND entiteit_id = ?",
                String.valueOf(concept.getJsonNumber("id").longValue())));

        JsonObject tweede = concept("BESLISNOTA", "IT-ARCHIEF-2");
        Api.Antwoord fout = Api.als(basis, "bzk").post("api/archief", "{\"documentId\":" + tweede.getJsonNumber("id")
                + ",\"versieSlot\":" + tweede.getJsonNumber("versieSlot") + ",\"classificatie\":\"Geheim\"}");
        assertEquals(400, fout.status(), fout.body());
        assertTrue(fout.object().getString("melding").startsWith("Veld classificatie: 'Geheim' is geen classificatie"), fout.body());
        Api.Antwoord verouderd = Api.als(basis, "bzk").post("api/archief", "{\"documentId\":" + tweede.getJsonNumber("id")
                + ",\"versieSlot\":" + (tweede.getJsonNumber("versieSlot").longValue() + 3) + "}");
        assertEquals(409, verouderd.status(), verouderd.body());
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?", tweede.getJsonNumber("id").longValue()));
    }

    @Test
    void mislukteOndertekeningLaatNietsAchter() throws Exception {
        JsonObject concept = concept("BIJLAGE_2_ACTIES", "IT-ARCHIEF-KAPOT");
        long id = concept.getJsonNumber("id").longValue();
        try (Connection c = TestDatabase.verbinding(); PreparedStatement s = c.prepareStatement("UPDATE document_bestand SET pdf = ? WHERE document_id = ?")) {
            s.setBytes(1, "geen pdf".getBytes(StandardCharsets.US_ASCII));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
        Api.Antwoord a = stelVast(concept);
        assertEquals(409, a.status(), a.body());
        assertTrue(a.object().getString("melding").contains("er is niets gearchiveerd"), a.body());
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?", id));
        assertEquals("CONCEPT", Api.als(basis, "bzk").get("api/documenten/" + id).object().getString("status"));
    }

    @Test
    void eenBriefZonderNaamVanDeOndertekenaarWordtNietVastgesteld() throws Exception {
        JsonObject concept = concept("KAMERBRIEF", "IT-ARCHIEF-NAAMLOOS", "");
        assertEquals("de naam van de ondertekenaar ontbreekt", concept.getString("openPunten"));
        Api.Antwoord geweigerd = stelVast(concept);
        assertEquals(400, geweigerd.status(), geweigerd.body());
        assertTrue(geweigerd.object().getString("melding").contains("kan nog niet worden vastgesteld: de naam van de ondertekenaar ontbreekt"),
                geweigerd.body());
        long id = concept.getJsonNumber("id").longValue();
        assertEquals("CONCEPT", TestDatabase.rijen("SELECT status FROM document WHERE id = ?", id).get(0).get("status"));
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM archiefstuk WHERE document_id = ?", id));

        // With the name the letter ends in function and name, and can be finalised.
        JsonObject compleet = concept("KAMERBRIEF", "IT-ARCHIEF-NAAMLOOS");
        assertTrue(!compleet.containsKey("openPunten") || compleet.isNull("openPunten"), compleet.toString());
        assertEquals(201, stelVast(compleet).status());
        byte[] pdf = Api.als(basis, "archivaris").download("api/documenten/" + compleet.getJsonNumber("id") + "/pdf").body();
        assertTrue(PdfControle.tekst(pdf).contains("De Minister van Binnenlandse Zaken en Koninkrijksrelaties, F. Rijkaart"));
    }

    @Test
    void zoekenOpKamerstukTekstEnDatum() {
        JsonObject concept = concept("KAMERBRIEF", "IT-ARCHIEF-ZOEK");
        assertEquals(201, stelVast(concept).status());
        Api archivaris = Api.als(basis, "archivaris");
        String vandaag = LocalDate.now().toString();
        assertFalse(archivaris.get("api/archief?kamerstuk=29%20697,%20nr.%20171&soort=KAMERBRIEF").array().isEmpty());
        assertFalse(archivaris.get("api/archief?tekst=367.131&van=" + vandaag + "&tot=" + vandaag).array().isEmpty());
        assertTrue(archivaris.get("api/archief?tekst=dit-staat-nergens-xyz").array().isEmpty());
        assertTrue(archivaris.get("api/archief?van=1990-01-01&tot=1990-12-31").array().isEmpty());
        Api.Antwoord datum = archivaris.get("api/archief?van=gisteren");
        assertEquals(400, datum.status());
        assertTrue(datum.object().getString("melding").contains("'gisteren' is geen datum"), datum.body());
    }

    @Test
    void exportpakketMetPdfEnMdto() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        JsonObject stuk = archivaris.get("api/archief?jaar=2025&soort=KAMERBRIEF").array().getValuesAs(JsonObject.class).get(0);
        HttpResponse<byte[]> zip = archivaris.download("api/archief/" + stuk.getJsonNumber("id") + "/export.zip");
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> bestanden = uitpakken(zip.body());
        assertEquals(2, bestanden.size(), bestanden.keySet().toString());
        byte[] pdf = bestanden.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).findFirst().orElseThrow().getValue();
        byte[] xml = bestanden.entrySet().stream().filter(e -> e.getKey().endsWith(".mdto.xml")).findFirst().orElseThrow().getValue();
        org.w3c.dom.Document mdto = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertEquals(stuk.getString("sha256"), mdto.getElementsByTagName("checksumWaarde").item(0).getTextContent());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stuk.getString("sha256"));
        assertEquals("fmt/476", mdto.getElementsByTagName("begripCode").item(0).getTextContent());
        assertEquals(stuk.getString("titel"), mdto.getElementsByTagName("naam").item(0).getTextContent());

        HttpResponse<byte[]> jaar = archivaris.download("api/archief/export.zip?jaar=2025");
        assertEquals(200, jaar.statusCode());
        assertTrue(uitpakken(jaar.body()).keySet().stream().filter(n -> n.endsWith(".pdf")).count() >= 4);
        assertEquals(404, archivaris.download("api/archief/export.zip?jaar=1990").statusCode());
    }

    @Test
    void archivarisKanNietsWijzigen() {
        Api archivaris = Api.als(basis, "archivaris");
        long id = archivaris.get("api/archief?jaar=2025").array().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, archivaris.post("api/archief", "{\"documentId\":1,\"versieSlot\":0}").status());
        assertEquals(405, archivaris.put("api/archief/" + id, "{}").status());
        assertEquals(405, archivaris.delete("api/archief/" + id).status());
        assertEquals(405, Api.als(basis, "bzk").delete("api/archief/" + id).status());
        assertEquals(403, archivaris.post("api/documenten", "{\"soort\":\"KAMERBRIEF\"}").status());
        assertEquals(403, archivaris.post("api/sjablonen", "{\"soort\":\"KAMERBRIEF\",\"tekst\":\"x\"}").status());
        assertEquals(403, Api.als(basis, "contact.fin").get("api/archief").status());
        assertEquals(401, Api.anoniem(basis).get("api/archief").status());
    }

    @Test
    void veranderingInDeDatabaseWordtGeweigerdOfOntdekt() throws Exception {
        JsonObject concept = concept("BIJLAGE_1_CIJFERS", "IT-ARCHIEF-KNOEI");
        JsonObject stuk = stelVast(concept).object();
        long id = stuk.getJsonNumber("id").longValue();
        byte[] pdf = Api.als(basis, "archivaris").download("api/archief/" + id + "/pdf").body();
        byte[] een = pdf.clone();
        int plek = new String(een, StandardCharsets.ISO_8859_1).indexOf("stream") + 60;
        een[plek] ^= 0x01;
        boolean postgres = TestDatabase.isPostgres();
        try (Connection c = TestDatabase.verbinding(); PreparedStatement s = c.prepareStatement("UPDATE archiefinhoud SET pdf = ? WHERE archiefstuk_id = ?")) {
            s.setBytes(1, een);
            s.setLong(2, id);
            if (postgres) {
                SQLException geweigerd = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, s::executeUpdate);
                assertTrue(geweigerd.getMessage().contains("Archiefstukken zijn onveranderlijk"), geweigerd.getMessage());
            } else {
                assertEquals(1, s.executeUpdate());
            }
        }
        if (postgres) {
            try (Connection c = TestDatabase.verbinding(); PreparedStatement s = c.prepareStatement("DELETE FROM archiefstuk WHERE id = ?")) {
                s.setLong(1, id);
                assertThrows(s);
            }
            assertTrue(Api.als(basis, "archivaris").get("api/archief/" + id + "/verificatie").object().getBoolean("geldig"));
        } else {
            JsonObject rapport = Api.als(basis, "archivaris").get("api/archief/" + id + "/verificatie").object();
            assertFalse(rapport.getBoolean("geldig"), rapport.toString());
            JsonObject hash = rapport.getJsonArray("controles").getJsonObject(0);
            assertEquals("Bestand ongewijzigd sinds archivering", hash.getString("naam"));
            assertFalse(hash.getBoolean("geslaagd"));
        }
    }

    @Test
    void alleenOpPostgresWeigertDeDatabaseZelf() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "the database-level guard is a PostgreSQL trigger (db/postgresql/V7)");
        assertEquals(1, TestDatabase.getal("SELECT COUNT(*) FROM pg_trigger WHERE tgname = 'archiefstuk_onveranderlijk'"));
    }

    private static void assertThrows(PreparedStatement s) {
        SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, s::executeUpdate);
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
