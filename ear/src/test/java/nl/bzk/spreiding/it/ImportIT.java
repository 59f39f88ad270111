package nl.bzk.spreiding.it;

import static nl.bzk.spreiding.it.Aanleverproces.regel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV and XLSX import through the API: good files replace the lines, every bad file of the corpus is refused
 * with a precise Dutch message and leaves the stored lines and version exactly as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static int volgendJaar = 2050;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private Aanleverproces proces;
    private Api jenv;
    private long id;
    private int jaar;

    @BeforeEach
    void aanleveringMetEenRegel() {
        proces = new Aanleverproces(basis);
        jenv = proces.jenv();
        jaar = volgendJaar;
        volgendJaar++; // each test its own round; the prognosis columns of the header follow the round year
        proces.openRonde(jaar, 30);
        id = proces.begin(jenv, jaar).getJsonNumber("id").longValue();
        assertEquals(
                200,
                proces.zetRegels(jenv, id, proces.versie(jenv, id), regel("CJIB", "PV21", "7", null))
                        .status());
    }

    private String kop() {
        StringBuilder kop = new StringBuilder("onderdeel;provincie;gemeente;fte");
        for (int i = 1; i <= 5; i++) {
            kop.append(";prognose_").append(jaar + i);
        }
        return kop.append(";toelichting").toString();
    }

    private Api.Antwoord upload(String naam, String type, byte[] inhoud) {
        return jenv.putBytes(
                "api/aanleveringen/" + id + "/bestand?versie=" + proces.versie(jenv, id) + "&naam=" + naam,
                type,
                inhoud);
    }

    private void nietsVeranderd(long versie) {
        assertEquals(versie, proces.versie(jenv, id), "versie van de aanlevering is veranderd");
        List<Map<String, Object>> regels = TestDatabase.rijen(
                "SELECT o.code, r.provincie_code, r.fte FROM aanlevering_regel r "
                        + "JOIN organisatieonderdeel o ON o.id = r.onderdeel_id WHERE r.aanlevering_id = ?",
                id);
        assertEquals(1, regels.size(), regels.toString());
        assertEquals("CJIB", regels.get(0).get("code"));
        assertEquals(0, new BigDecimal("7").compareTo((BigDecimal) regels.get(0).get("fte")));
    }

    /** Posts a bad file and returns the messages "rij/kolom: melding", after checking nothing changed. */
    private List<String> geweigerd(String naam, String type, byte[] inhoud) {
        long versie = proces.versie(jenv, id);
        Api.Antwoord antwoord = upload(naam, type, inhoud);
        assertEquals(400, antwoord.status(), antwoord.body());
        assertTrue(antwoord.object().getString("melding").endsWith("er is niets opgeslagen."), antwoord.body());
        nietsVeranderd(versie);
        return antwoord.object().getJsonArray("fouten").getValuesAs(JsonObject.class).stream()
                .map(f -> (leeg(f, "rij") ? "-" : String.valueOf(f.getInt("rij"))) + "/"
                        + (leeg(f, "kolom") ? "-" : f.getString("kolom")) + ": " + f.getString("melding"))
                .collect(Collectors.toList());
    }

    private static boolean leeg(JsonObject object, String veld) {
        return !object.containsKey(veld) || object.isNull(veld);
    }

    private byte[] csv(String... regels) {
        return ("\uFEFF" + kop() + "\n" + String.join("\n", regels) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void goedCsvBestandVervangtDeRegels() {
        Api.Antwoord antwoord = upload(
                "cijfers.csv",
                "text/csv",
                csv(
                        "CJIB;PV21;Leeuwarden;53,5;54;55;56;57;58;",
                        "DJI;PV22;Veenhuizen;12.25;12;12;12;12;12;Fryslân grens ‘citaat’"));
        assertEquals(200, antwoord.status(), antwoord.body());
        assertEquals(
                new BigDecimal("65.75"),
                antwoord.object().getJsonNumber("totaalDitJaar").bigDecimalValue());
        assertEquals(
                "Fryslân grens ‘citaat’",
                TestDatabase.rijen(
                                "SELECT toelichting FROM aanlevering_regel WHERE aanlevering_id = ? "
                                        + "AND gemeente = 'Veenhuizen'",
                                id)
                        .get(0)
                        .get("toelichting"));
    }

    @Test
    void goedXlsxBestandVervangtDeRegels() throws IOException {
        byte[] xlsx = xlsx(werkblad -> {
            werkblad.value(1, 0, "CJIB");
            werkblad.value(1, 1, "PV21");
            werkblad.value(1, 3, new BigDecimal("12.5"));
            for (int k = 4; k <= 8; k++) {
                werkblad.value(1, k, 13);
            }
            werkblad.value(2, 0, "DJI");
            werkblad.value(2, 1, "NTD");
            werkblad.value(2, 3, 3);
            for (int k = 4; k <= 8; k++) {
                werkblad.value(2, k, 3);
            }
        });
        Api.Antwoord antwoord = upload("cijfers.xlsx", XLSX, xlsx);
        assertEquals(200, antwoord.status(), antwoord.body());
        assertEquals(
                new BigDecimal("15.50"),
                antwoord.object().getJsonNumber("totaalDitJaar").bigDecimalValue());
        assertEquals(2, TestDatabase.getal("SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ?", id));
    }

    @Test
    void sjablonenBevattenDeRegelsEnKunnenOngewijzigdWordenTeruggezet() {
        HttpResponse<byte[]> csv = jenv.download("api/aanleveringen/" + id + "/sjabloon.csv");
        assertEquals(200, csv.statusCode());
        String tekst = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(
                tekst.startsWith("\uFEFFonderdeel;naam;provincie;provincienaam;gemeente;fte_vorig_jaar;fte;prognose_"
                        + (jaar + 1)),
                tekst);
        assertTrue(tekst.contains("CJIB;Centraal Justitieel Incassobureau;PV21;Fryslân;;;7,00;7,00"), tekst);
        assertEquals(200, upload("sjabloon.csv", "text/csv", csv.body()).status());

        HttpResponse<byte[]> xlsx = jenv.download("api/aanleveringen/" + id + "/sjabloon.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        assertEquals(200, upload("sjabloon.xlsx", XLSX, xlsx.body()).status());
        nietsVeranderdBehalveVersie();
    }

    private void nietsVeranderdBehalveVersie() {
        assertEquals(1, TestDatabase.getal("SELECT COUNT(*) FROM aanlevering_regel WHERE aanlevering_id = ?", id));
    }

    @Test
    void verkeerdeTekencoderingWordtGeweigerd() {
        byte[] windows1252 = (kop() + "\nCJIB;PV21;Fryslân;1;1;1;1;1;1;\n").getBytes(Charset.forName("windows-1252"));
        List<String> fouten = geweigerd("cijfers.csv", "text/csv", windows1252);
        assertEquals(1, fouten.size());
        assertTrue(fouten.get(0).startsWith("1/-: Het bestand is niet in UTF-8 opgeslagen"), fouten.toString());
    }

    @Test
    void ontbrekendeKolommenWordenGenoemd() {
        byte[] zonderFte =
                ("onderdeel;provincie;prognose_" + (jaar + 1) + "\nCJIB;PV21;1\n").getBytes(StandardCharsets.UTF_8);
        List<String> fouten = geweigerd("cijfers.csv", "text/csv", zonderFte);
        assertEquals(
                List.of("-/fte, prognose_" + (jaar + 2) + ", prognose_" + (jaar + 3) + ", prognose_" + (jaar + 4)
                        + ", prognose_" + (jaar + 5) + ": ontbreken in de kopregel (eerste regel van het bestand)"),
                fouten);
    }

    @Test
    void tekstNegatiefEnDrieDecimalenInGetalvelden() {
        List<String> fouten = geweigerd(
                "cijfers.csv",
                "text/csv",
                csv(
                        "CJIB;PV21;;tien;1;1;1;1;1;",
                        "CJIB;PV22;;-4;1;1;1;1;1;",
                        "CJIB;PV23;;1,234;1;1;1;1;1;",
                        "CJIB;PV24;;1;1;1;1;1;=1+1;"));
        assertTrue(fouten.get(0).startsWith("1/fte: is geen getal"), fouten.toString());
        assertEquals("2/fte: mag niet negatief zijn", fouten.get(1));
        assertEquals("3/fte: heeft meer dan 2 decimalen", fouten.get(2));
        assertTrue(fouten.get(3).startsWith("4/prognose_" + (jaar + 5) + ": is geen getal"), fouten.toString());
    }

    @Test
    void formuleInjectieInCsvEnXlsx() throws IOException {
        List<String> csv =
                geweigerd("cijfers.csv", "text/csv", csv("CJIB;PV21;=cmd|' /C calc'!A0;1;1;1;1;1;1;@SUM(A1)"));
        assertTrue(csv.stream().anyMatch(f -> f.startsWith("1/gemeente: begint met '='")), csv.toString());
        assertTrue(csv.stream().anyMatch(f -> f.startsWith("1/toelichting: begint met '@'")), csv.toString());

        byte[] xlsx = xlsx(werkblad -> {
            werkblad.value(1, 0, "CJIB");
            werkblad.value(1, 1, "PV21");
            werkblad.formula(1, 3, "HYPERLINK(\"http://example.invalid\",\"klik\")");
            for (int k = 4; k <= 8; k++) {
                werkblad.value(1, k, 1);
            }
        });
        List<String> fouten = geweigerd("cijfers.xlsx", XLSX, xlsx);
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith("1/fte: is een formule")), fouten.toString());
    }

    @Test
    void teGrootBestandWordtGeweigerd() {
        StringBuilder groot = new StringBuilder(kop()).append('\n');
        while (groot.length() < 5 * 1024 * 1024 + 100) {
            groot.append("CJIB;PV21;;1;1;1;1;1;1;").append("x".repeat(200)).append('\n');
        }
        List<String> fouten =
                geweigerd("groot.csv", "text/csv", groot.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(1, fouten.size());
        assertTrue(fouten.get(0).contains("te groot") && fouten.get(0).contains("5 MB"), fouten.toString());
    }

    @Test
    void geenCsvOfXlsxEnKapotXlsx() {
        List<String> txt = geweigerd("cijfers.txt", "text/plain", "hallo".getBytes(StandardCharsets.UTF_8));
        assertTrue(txt.get(0).endsWith("is geen CSV- of XLSX-bestand (.csv of .xlsx)"), txt.toString());
        List<String> kapot = geweigerd("cijfers.xlsx", XLSX, "PK geen zip".getBytes(StandardCharsets.UTF_8));
        assertTrue(kapot.get(0).contains("geen leesbaar XLSX-bestand"), kapot.toString());
        List<String> leeg = geweigerd("leeg.csv", "text/csv", new byte[0]);
        assertEquals(List.of("-/-: Het bestand is leeg"), leeg);
    }

    @Test
    void onderdeelVanAnderMinisterieInBestand() {
        List<String> fouten = geweigerd(
                "cijfers.csv",
                "text/csv",
                csv("BD;PV21;;1;1;1;1;1;1;", "ONBEKEND;PV21;;1;1;1;1;1;1;", "CJIB;PV40;;1;1;1;1;1;1;"));
        assertTrue(
                fouten.get(0)
                        .startsWith(
                                "1/onderdeel: hoort bij Ministerie van Financiën, niet bij Ministerie van Justitie en Veiligheid"),
                fouten.toString());
        assertEquals("2/onderdeel: is geen bekende code van een organisatieonderdeel", fouten.get(1));
        assertTrue(fouten.get(2).startsWith("3/provincie: is geen bekende provinciecode"), fouten.toString());
    }

    private interface Vulling {
        void vul(Worksheet werkblad);
    }

    private byte[] xlsx(Vulling vulling) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Workbook werkboek = new Workbook(uit, "test", "1.0");
        Worksheet werkblad = werkboek.newWorksheet("Aanlevering");
        String[] kop = kop().split(";");
        for (int k = 0; k < kop.length; k++) {
            werkblad.value(0, k, kop[k]);
        }
        vulling.vul(werkblad);
        werkboek.finish();
        return uit.toByteArray();
    }
}
