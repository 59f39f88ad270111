package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import nl.bzk.spreiding.documents.PdfControle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document set generated in the real server and read back: the figures and sentences of a hand-computed data
 * set (rounds 2080 and 2081, the same rows as CijfersIT) where the templates put them, the maps, PDF/UA-1 and PDF/A-2a by
 * veraPDF, reproduction from the stored snapshot, template versions, and who may do what.
 *
 * <pre>
 * totaal 3000 -> 3437: groei 437 fte = 14,6 procent; Randstad (Utrecht -40, Zuid-Holland +100): 60 / 437 = 13,7 procent
 * Fryslân 100 -> 423 (+323 procent, CJIB 323 fte); Drenthe 700 -> 744 (6,3); Zuid-Holland 1700 -> 1800 (5,9);
 * Utrecht 500 -> 460 (daling 8 procent, BD 40 fte); groei in drie van de twaalf provincies; prognose 2086: +1,4 procent
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private static boolean geladen;

    private synchronized void laad() {
        if (geladen) {
            return;
        }
        Handberekend.laad(basis, 2080);
        geladen = true;
    }

    private JsonObject genereer(String soort, int jaar, String extra) {
        laad();
        Api.Antwoord a = Api.als(basis, "bzk")
                .post(
                        "api/documenten",
                        "{\"soort\":\"" + soort + "\",\"jaar\":" + jaar
                                + ",\"periode\":\"2025\",\"kamerstuk\":\"29 697, nr. 170\",\"vergaderjaar\":\"2081-2082\",\"datum\":\"2081-05-20\""
                                + extra + "}");
        assertEquals(201, a.status(), a.body());
        return a.object();
    }

    private byte[] pdf(Api wie, long id) {
        HttpResponse<byte[]> r = wie.download("api/documenten/" + id + "/pdf");
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        return r.body();
    }

    @Test
    void kamerbriefMetDeHandberekendeCijfers() throws Exception {
        JsonObject doc = genereer("KAMERBRIEF", 2081, "");
        byte[] pdf = pdf(Api.als(basis, "bzk"), doc.getJsonNumber("id").longValue());
        String tekst = PdfControle.tekst(pdf);
        assertTrue(
                tekst.contains("De totale rijkswerkgelegenheid is in 2080 gegroeid tot 3.437 fte op 1 januari 2081. "
                        + "Dit is een groei van 14,6 procent (437 fte) ten opzichte van 1 januari 2080."),
                tekst);
        assertTrue(tekst.contains("in drie van de twaalf provincies groei zien"), tekst);
        assertTrue(tekst.contains("vond 13,7 procent plaats in de Randstad"), tekst);
        assertTrue(tekst.contains("De provincie Fryslân (323 procent) laat een groei zien"), tekst);
        assertTrue(
                tekst.contains(
                        "De groei in Fryslân wordt grotendeels verklaard door een toename bij het Centraal Justitieel "
                                + "Incassobureau (CJIB, 323 fte)."),
                tekst);
        // Defensie's units count as one; DJI was introduced in the sector sentence, so only its abbreviation
        assertTrue(
                tekst.contains(
                        "In Drenthe groeide de rijkswerkgelegenheid hoofdzakelijk door een toename bij Defensie (34 fte) "
                                + "en DJI (10 fte). In Zuid-Holland groeide de rijkswerkgelegenheid met name bij de "
                                + "Belastingdienst (100 fte)."),
                tekst);
        assertTrue(tekst.contains("Drenthe (6,3 procent) en Zuid-Holland (5,9 procent)"), tekst);
        // Two checks: the letter's side column narrows the text, and this paragraph now runs over a page break.
        assertTrue(tekst.contains("daalde in de provincie Utrecht de rijkswerkgelegenheid met 8 procent."), tekst);
        assertTrue(tekst.contains("daling wordt verklaard door een afname bij de Belastingdienst (40 fte)."), tekst);
        // no name of the signatory given: the draft says so, and records it as open
        assertTrue(
                tekst.contains(
                        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, (naam van de ondertekenaar nog in te vullen)"),
                tekst);
        assertEquals("de naam van de ondertekenaar ontbreekt", doc.getString("openPunten"));
        assertTrue(tekst.contains("Prognose 2081 – 2086"), tekst);
        assertTrue(
                tekst.contains("laat de prognose tot 2086 een groei van de rijkswerkgelegenheid zien van 1,4 procent"),
                tekst);
        assertTrue(tekst.contains("De provincie Fryslân (11,1 procent) laat een verwachte groei zien."), tekst);
        assertTrue(
                tekst.contains(
                        "Motie-De Vries (blijven niet achter bij de landelijke ontwikkeling): wordt gehaald in Fryslân, "
                                + "niet in Drenthe, Zeeland en Limburg."),
                tekst);
        assertTrue(tekst.contains("Kamerstuk 29 697, nr. 149"), "footnote: " + tekst);
        assertTrue(tekst.contains("Pagina 1 van " + PdfControle.paginas(pdf)), tekst);
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
        assertEquals(1, doc.getInt("sjabloonVersie"));
        assertEquals(PdfControle.paginas(pdf), doc.getInt("paginas"));
    }

    @Test
    void bijlage1MetKaartenEnTabellen() throws Exception {
        JsonObject doc = genereer("BIJLAGE_1_CIJFERS", 2081, "");
        byte[] pdf = pdf(Api.als(basis, "bzk"), doc.getJsonNumber("id").longValue());
        String tekst = PdfControle.tekst(pdf);
        assertTrue(tekst.contains("Fryslân 100 423 323 323"), tekst);
        assertTrue(tekst.contains("Utrecht (Randstad) 500 460 – 40 – 8"), tekst);
        assertTrue(tekst.contains("Totaal 3.000 3.437 437 14,6"), tekst);
        assertTrue(tekst.contains("in de groei: 13,7 procent"), tekst);
        // three maps (FTE, growth, prognosis), each with one filled shape for each of the twelve provinces
        List<String> vlakken = PdfControle.kaartvlakken(pdf);
        assertEquals(36, vlakken.size(), vlakken.toString());
        assertTrue(vlakken.stream().allMatch(v -> v.endsWith(":1")), vlakken.toString());
        assertEquals(
                12,
                vlakken.stream()
                        .map(v -> v.substring(0, 4))
                        .collect(Collectors.toSet())
                        .size());
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
    }

    @Test
    void bijlage2MetKopregelOpElkePagina() throws Exception {
        JsonObject doc = genereer("BIJLAGE_2_ACTIES", 2081, "");
        byte[] pdf = pdf(Api.als(basis, "bzk"), doc.getJsonNumber("id").longValue());
        String tekst = PdfControle.tekst(pdf);
        int paginas = PdfControle.paginas(pdf);
        assertTrue(paginas > 1, "the action plan of 2025 runs over several pages");
        int koppen = tekst.split("Maatregel Doelstelling Actie Stand van zaken", -1).length - 1;
        assertEquals(paginas, koppen, "table header repeated on every page: " + tekst);
        assertTrue(tekst.contains("4. Landelijk netwerk van"), tekst);
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
    }

    @Test
    void beslisnotaMetKopEnAlleSecties() throws Exception {
        JsonObject doc = genereer("BESLISNOTA", 2081, ",\"kenmerk\":\"2081-0000123\"");
        byte[] pdf = pdf(Api.als(basis, "bzk"), doc.getJsonNumber("id").longValue());
        String tekst = PdfControle.tekst(pdf);
        for (String kop : List.of(
                "Aanleiding",
                "Geadviseerd besluit",
                "Kern",
                "Toelichting",
                "Financiële overwegingen",
                "Uitvoering",
                "Communicatie",
                "Informatie die niet openbaar gemaakt kan worden",
                "Onze referentie 2081-0000123",
                "Datum 20 mei 2081")) {
            assertTrue(tekst.contains(kop), kop + " in " + tekst);
        }
        assertTrue(tekst.contains("De rijkswerkgelegenheid bedroeg 3.437 fte op 1 januari 2081."), tekst);
        assertTrue(tekst.contains("Pagina 1 van " + PdfControle.paginas(pdf)), tekst);
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(pdf));
    }

    @Test
    void demojaarGeeftDeCijfersVanDeBrief() throws Exception {
        JsonObject doc = genereer("KAMERBRIEF", 2025, "");
        String tekst = PdfControle.tekst(
                pdf(Api.als(basis, "bzk"), doc.getJsonNumber("id").longValue()));
        assertTrue(
                tekst.contains(
                        "gegroeid tot 367.131 fte op 1 januari 2025. Dit is een groei van 3,8 procent (13.334 fte)"),
                tekst);
    }

    @Test
    void dubbelVerzoekGeeftHetzelfdeDocumentEnReproductieDezelfdeTekst() throws Exception {
        JsonObject eerste = genereer("BESLISNOTA", 2081, ",\"kenmerk\":\"2081-DUBBEL\"");
        laad();
        Api bzk = Api.als(basis, "bzk");
        Api.Antwoord tweede = bzk.post(
                "api/documenten",
                "{\"soort\":\"BESLISNOTA\",\"jaar\":2081,\"periode\":\"2025\",\"kamerstuk\":\"29 697, nr. 170\","
                        + "\"vergaderjaar\":\"2081-2082\",\"datum\":\"2081-05-20\",\"kenmerk\":\"2081-DUBBEL\"}");
        assertEquals(200, tweede.status(), tweede.body());
        assertEquals(
                eerste.getJsonNumber("id").longValue(),
                tweede.object().getJsonNumber("id").longValue());

        long id = eerste.getJsonNumber("id").longValue();
        byte[] origineel = pdf(bzk, id);
        HttpResponse<byte[]> opnieuw = bzk.download("api/documenten/" + id + "/reproductie");
        assertEquals(200, opnieuw.statusCode());
        assertEquals(PdfControle.tekst(origineel), PdfControle.tekst(opnieuw.body()));
        String momentopname = bzk.get("api/documenten/" + id + "/momentopname").body();
        assertTrue(momentopname.contains("\"kenmerk\":\"2081-DUBBEL\""), momentopname);
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM audit_regel WHERE actie = 'DOCUMENT_GEGENEREERD' AND entiteit_id = ?",
                        String.valueOf(id)));
    }

    @Test
    void sjabloonversiesBewarenActiverenEnFouten() {
        laad();
        Api bzk = Api.als(basis, "bzk");
        List<JsonObject> versies =
                bzk.get("api/sjablonen?soort=BESLISNOTA").array().getValuesAs(JsonObject.class);
        JsonObject nieuwste = versies.get(0);
        String tekst = bzk.get("api/sjablonen/" + nieuwste.getJsonNumber("id").longValue())
                .object()
                .getString("tekst");

        Api.Antwoord syntax = bzk.post(
                "api/sjablonen",
                json(
                        "BESLISNOTA",
                        "<document titel=\"x\">\n<alinea>${cijfers.totaal.tekst</alinea>\n</document>",
                        nieuwste.getInt("versie")));
        assertEquals(400, syntax.status(), syntax.body());
        assertEquals(2, syntax.object().getInt("regel"));
        assertTrue(
                syntax.object().getString("melding").startsWith("Fout in het sjabloon op regel 2, kolom"),
                syntax.body());

        Api.Antwoord onbekend = bzk.post(
                "api/sjablonen",
                json(
                        "BESLISNOTA",
                        "<document titel=\"x\">\n\n<alinea>${cijfers.bestaatNiet}</alinea>\n</document>",
                        nieuwste.getInt("versie")));
        assertEquals(400, onbekend.status(), onbekend.body());
        assertEquals(3, onbekend.object().getInt("regel"));

        Api.Antwoord injectie = bzk.post(
                "api/sjablonen",
                json(
                        "BESLISNOTA",
                        "<#assign ex = \"freemarker.template.utility.Execute\"?new()><document titel=\"${ex('id')}\"><alinea>x</alinea></document>",
                        nieuwste.getInt("versie")));
        assertEquals(400, injectie.status(), injectie.body());
        assertEquals(
                versies.size(),
                bzk.get("api/sjablonen?soort=BESLISNOTA").array().size(),
                "refused templates are not stored");

        Api.Antwoord bewaard = bzk.post(
                "api/sjablonen",
                json("BESLISNOTA", tekst.replace("Geadviseerd besluit", "Advies"), nieuwste.getInt("versie")));
        assertEquals(201, bewaard.status(), bewaard.body());
        JsonObject nieuw = bewaard.object();
        assertEquals(nieuwste.getInt("versie") + 1, nieuw.getInt("versie"));
        assertEquals("CONCEPT", nieuw.getString("status"));

        Api.Antwoord verouderd = bzk.post("api/sjablonen", json("BESLISNOTA", tekst, nieuwste.getInt("versie")));
        assertEquals(409, verouderd.status(), verouderd.body());

        long nieuwId = nieuw.getJsonNumber("id").longValue();
        Api.Antwoord fouteSlot = bzk.post(
                "api/sjablonen/" + nieuwId + "/activeer", "{\"versieSlot\":" + (nieuw.getInt("versieSlot") + 5) + "}");
        assertEquals(409, fouteSlot.status(), fouteSlot.body());
        // Four-eyes on templates (issue 30, finding 2): whoever wrote a version cannot also put it into use, whether
        // or not a letter dossier exists yet; a second coordinator reads and activates it.
        long audit = TestDatabase.getal("SELECT COUNT(*) FROM audit_regel WHERE actie = 'SJABLOON_GEACTIVEERD'");
        Api.Antwoord zelf = bzk.post(
                "api/sjablonen/" + nieuwId + "/activeer", "{\"versieSlot\":" + nieuw.getInt("versieSlot") + "}");
        assertEquals(409, zelf.status(), zelf.body());
        assertTrue(zelf.body().contains("zelf bewaard") && zelf.body().contains("vier ogen"), zelf.body());
        assertEquals(
                "CONCEPT",
                bzk.get("api/sjablonen?soort=BESLISNOTA").array().getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getJsonNumber("id").longValue() == nieuwId)
                        .findFirst()
                        .orElseThrow()
                        .getString("status"));
        assertEquals(
                audit, TestDatabase.getal("SELECT COUNT(*) FROM audit_regel WHERE actie = 'SJABLOON_GEACTIVEERD'"));
        Api.Antwoord actief = Api.als(basis, "bzk.beoordelaar")
                .post("api/sjablonen/" + nieuwId + "/activeer", "{\"versieSlot\":" + nieuw.getInt("versieSlot") + "}");
        assertEquals(200, actief.status(), actief.body());
        assertEquals(
                1,
                TestDatabase.getal(
                        "SELECT COUNT(*) FROM documentsjabloon WHERE id = ? AND geactiveerd_door = 'bzk.beoordelaar'",
                        nieuwId));
        assertEquals("ACTIEF", actief.object().getString("status"));
        assertEquals(
                1,
                bzk.get("api/sjablonen?soort=BESLISNOTA").array().getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getString("status").equals("ACTIEF"))
                        .count());

        JsonObject doc = genereer("BESLISNOTA", 2081, ",\"kenmerk\":\"2081-V2\"");
        assertEquals(nieuw.getInt("versie"), doc.getInt("sjabloonVersie"));

        // put the shipped version back, so the other tests see the standard beslisnota
        JsonObject standaard = bzk.get("api/sjablonen?soort=BESLISNOTA").array().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getInt("versie") == nieuwste.getInt("versie"))
                .findFirst()
                .orElseThrow();
        Api.Antwoord terug = bzk.post(
                "api/sjablonen/" + standaard.getJsonNumber("id").longValue() + "/activeer",
                "{\"versieSlot\":" + standaard.getInt("versieSlot") + "}");
        assertEquals(200, terug.status(), terug.body());
        assertNotEquals(
                doc.getInt("sjabloonVersie"),
                genereer("BESLISNOTA", 2081, ",\"kenmerk\":\"2081-V1\"").getInt("sjabloonVersie"));
    }

    @Test
    void rechten() {
        laad();
        Api contact = Api.als(basis, "contact.fin");
        assertEquals(403, contact.get("api/documenten").status());
        assertEquals(403, contact.get("api/sjablonen").status());
        assertEquals(
                403,
                contact.post("api/documenten", "{\"soort\":\"KAMERBRIEF\"}").status());
        Api archivaris = Api.als(basis, "archivaris");
        assertEquals(200, archivaris.get("api/documenten").status());
        assertEquals(
                403,
                archivaris.post("api/documenten", "{\"soort\":\"KAMERBRIEF\"}").status());
        assertEquals(403, archivaris.get("api/sjablonen").status());
        assertEquals(401, Api.anoniem(basis).get("api/documenten").status());
        Api bzk = Api.als(basis, "bzk");
        Api.Antwoord geenSoort = bzk.post("api/documenten", "{\"soort\":\"BRIEFJE\"}");
        assertEquals(400, geenSoort.status());
        assertTrue(
                geenSoort.object().getString("melding").contains("'BRIEFJE' is geen documentsoort"), geenSoort.body());
        Api.Antwoord geenJaar = bzk.post("api/documenten", "{\"soort\":\"KAMERBRIEF\",\"jaar\":1999}");
        assertEquals(400, geenJaar.status());
        assertTrue(
                geenJaar.object()
                        .getString("melding")
                        .startsWith("Veld jaar: voor 1999 zijn geen goedgekeurde cijfers"),
                geenJaar.body());
    }

    private static String json(String soort, String tekst, int vanaf) {
        return "{\"soort\":\"" + soort + "\",\"tekst\":" + Json.createValue(tekst) + ",\"vanafVersie\":" + vanaf + "}";
    }
}
