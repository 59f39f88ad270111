package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bzk.spreiding.documents.PdfControle;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures against a small data set computed by hand (rounds 2070 and 2071, three ministries):
 *
 * <pre>
 *             2070   2071   groei   procent
 * PV21 Fryslân  100    423    +323   +323,0   (CJIB +323)
 * PV22 Drenthe  700    744     +44     +6,3   (DEF-CLAS +34, DJI +10)
 * PV26 Utrecht  500    460     -40     -8,0   (BD -40)
 * PV28 Z-Holl. 1700   1800    +100     +5,9   (BD +100)
 * NTD             0     10     +10       –
 * totaal       3000   3437    +437    +14,6   (437 / 3000 = 14,5666..)
 * Randstad-aandeel van de groei: (100 - 40) / 437 = 13,7 %
 * sectoren: ministeries 2300 -> 2683 (+16,7), DJI 200 -> 210 (+5), Defensie 500 -> 544 (+8,8)
 * prognose 2076: CJIB Fryslân 470 i.p.v. 423 -> Fryslân +11,1 %, landelijk 47 / 3437 = +1,4 %
 * motie-De Vries (PV21, PV22, PV29, PV31): Drenthe 6,3 &lt; 14,6 -> houdt niet; geen netto verlies Drenthe: houdt
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CijfersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Toepassing.war();
    }

    @ArquillianResource
    private URL basis;

    private static boolean geladen;

    @BeforeAll
    static void niets() {
        // data is loaded on first use: the server URL is only known once the deployment is up
    }

    private synchronized void laad() {
        if (geladen) {
            return;
        }
        Handberekend.laad(basis, 2070);
        geladen = true;
    }

    private JsonObject beeld(Api wie, String query) {
        laad();
        Api.Antwoord antwoord = wie.get("api/cijfers/2071" + query);
        assertEquals(200, antwoord.status(), antwoord.body());
        return antwoord.object();
    }

    private static BigDecimal getal(JsonObject o, String veld) {
        return o.getJsonNumber(veld).bigDecimalValue();
    }

    private static BigDecimal eenDecimaal(BigDecimal waarde) {
        return waarde.setScale(1, RoundingMode.HALF_UP);
    }

    private static JsonObject provincie(JsonObject beeld, String code) {
        return beeld.getJsonArray("perProvincie").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("cijfers").getString("sleutel").equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void totalenGroeiEnRandstad() {
        JsonObject beeld = beeld(Api.als(basis, "bzk"), "");
        assertEquals(0, new BigDecimal("3437").compareTo(getal(beeld, "totaal")));
        assertEquals(0, new BigDecimal("3000").compareTo(getal(beeld, "totaalVorigJaar")));
        assertEquals(0, new BigDecimal("437").compareTo(getal(beeld, "groei")));
        assertEquals(new BigDecimal("14.6"), eenDecimaal(getal(beeld, "groeiProcent")));
        assertEquals(new BigDecimal("13.7"), eenDecimaal(getal(beeld, "randstadAandeelGroei")));
        assertEquals(new BigDecimal("1.4"), eenDecimaal(getal(beeld, "prognoseProcent")));
        assertEquals(2076, beeld.getInt("prognoseJaar"));
    }

    @Test
    void perProvincieMetGrootsteBijdragen() {
        JsonObject beeld = beeld(Api.als(basis, "bzk"), "");
        JsonObject fryslan = provincie(beeld, "PV21");
        assertEquals("Fryslân", fryslan.getString("naam"));
        assertEquals(new BigDecimal("323.0"), eenDecimaal(getal(fryslan.getJsonObject("cijfers"), "groeiProcent")));
        assertTrue(fryslan.getBoolean("bovenGemiddeld"));
        assertEquals(new BigDecimal("11.1"), eenDecimaal(getal(fryslan, "prognoseProcent")));
        JsonObject cjib = fryslan.getJsonArray("grootsteBijdragen").getJsonObject(0);
        assertEquals("CJIB", cjib.getString("sleutel"));
        assertEquals(0, new BigDecimal("323").compareTo(getal(cjib, "groei")));

        JsonObject drenthe = provincie(beeld, "PV22");
        assertEquals(new BigDecimal("6.3"), eenDecimaal(getal(drenthe.getJsonObject("cijfers"), "groeiProcent")));
        assertFalse(drenthe.getBoolean("bovenGemiddeld"));
        // Defensie is one organisation: its units (here DEF-CLAS) count as "Defensie"; DJI is a sector of one unit.
        assertEquals(
                List.of("DEFENSIE", "DJI"),
                drenthe.getJsonArray("grootsteBijdragen").getValuesAs(JsonObject.class).stream()
                        .map(b -> b.getString("sleutel"))
                        .toList());
        assertEquals(
                "Defensie",
                drenthe.getJsonArray("grootsteBijdragen")
                        .getJsonObject(0)
                        .getJsonObject("benaming")
                        .getString("naam"));
        assertEquals("het", cjib.getJsonObject("benaming").getString("lidwoord"));
        // The prognosis explained: CJIB expects 470 in Fryslân by 2076 instead of 423 now; nothing else changes.
        JsonObject verwacht = fryslan.getJsonArray("prognoseBijdragen").getJsonObject(0);
        assertEquals("CJIB", verwacht.getString("sleutel"));
        assertEquals(0, new BigDecimal("47").compareTo(getal(verwacht, "groei")));
        assertEquals(1, fryslan.getJsonArray("prognoseBijdragen").size());
        assertTrue(drenthe.getJsonArray("prognoseBijdragen").isEmpty()
                && drenthe.getJsonArray("prognoseAfnames").isEmpty());
        JsonObject utrecht = provincie(beeld, "PV26");
        assertEquals(new BigDecimal("-8.0"), eenDecimaal(getal(utrecht.getJsonObject("cijfers"), "groeiProcent")));
        assertEquals(
                "BD", utrecht.getJsonArray("grootsteAfnames").getJsonObject(0).getString("sleutel"));

        // Zero FTE last year: growth known, no percentage.
        JsonObject ntd = provincie(beeld, "NTD");
        assertEquals(0, BigDecimal.TEN.compareTo(getal(ntd.getJsonObject("cijfers"), "groei")));
        assertFalse(ntd.getJsonObject("cijfers").containsKey("groeiProcent")
                && !ntd.getJsonObject("cijfers").isNull("groeiProcent"));
    }

    @Test
    void sectorenEnMotieToetsen() {
        JsonObject beeld = beeld(Api.als(basis, "bzk"), "");
        JsonObject ministeries = beeld.getJsonArray("perSector").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("sleutel").equals("MINISTERIES"))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("2683").compareTo(getal(ministeries, "ditJaar")));
        assertEquals(new BigDecimal("16.7"), eenDecimaal(getal(ministeries, "groeiProcent")));
        List<JsonObject> toetsen = beeld.getJsonArray("toetsen").getValuesAs(JsonObject.class);
        assertEquals("motie-De Vries", toetsen.get(0).getString("naam"));
        assertFalse(toetsen.get(0).getBoolean("houdt"));
        assertTrue(toetsen.get(0).getJsonObject("perProvincie").getBoolean("PV21"));
        assertFalse(toetsen.get(0).getJsonObject("perProvincie").getBoolean("PV22"));
        assertEquals("toezegging geen netto verlies", toetsen.get(2).getString("naam"));
        assertTrue(toetsen.get(2).getBoolean("houdt"));
    }

    @Test
    void filterOpSectorEnCsv() {
        JsonObject defensie = beeld(Api.als(basis, "bzk"), "?sector=DEFENSIE");
        assertEquals(0, new BigDecimal("544").compareTo(getal(defensie, "totaal")));
        assertEquals(new BigDecimal("8.8"), eenDecimaal(getal(defensie, "groeiProcent")));
        var csv = Api.als(basis, "bzk").download("api/cijfers/2071/provincies.csv");
        assertEquals(200, csv.statusCode());
        String tekst = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(tekst.contains("PV21;Fryslân;423,00;100,00;323,00;323;470,00;11,1"), tekst);
        assertTrue(tekst.contains("PV26;Utrecht;460,00;500,00;-40,00;-8;460,00;0"), tekst);
        assertTrue(tekst.startsWith("\uFEFFProvinciecode;Provincie;Fte 1 januari 2071;Fte 1 januari 2070;"), tekst);
        // the other tables: names, not codes
        String sectoren = new String(
                Api.als(basis, "bzk").download("api/cijfers/2071/sectoren.csv").body(), StandardCharsets.UTF_8);
        assertTrue(sectoren.contains("\nDefensie;544,00;500,00;44,00;8,8\n"), sectoren);
        String prognose = new String(
                Api.als(basis, "bzk").download("api/cijfers/2071/prognose.csv").body(), StandardCharsets.UTF_8);
        assertTrue(prognose.contains("Fryslân;47,00;11,1;Centraal Justitieel Incassobureau (CJIB), 47 fte;"), prognose);
    }

    @Test
    void ontwikkelingPerProvincieOverAlleJaren() {
        laad();
        JsonObject o = Api.als(basis, "bzk")
                .get("api/cijfers/ontwikkeling?per=provincie")
                .object();
        List<Integer> jaren = o.getJsonArray("jaren").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue)
                .toList();
        JsonObject fryslan = o.getJsonArray("reeksen").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("naam").equals("Fryslân"))
                .findFirst()
                .orElseThrow();
        var fte = fryslan.getJsonArray("fte");
        assertEquals(
                0,
                new BigDecimal("100")
                        .compareTo(fte.getJsonNumber(jaren.indexOf(2070)).bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("423")
                        .compareTo(fte.getJsonNumber(jaren.indexOf(2071)).bigDecimalValue()));
        Api.Antwoord fout = Api.als(basis, "bzk").get("api/cijfers/ontwikkeling?per=gemeente");
        assertEquals(400, fout.status());
        assertTrue(fout.body().contains("Veld per: kies provincie, sector of ministerie"), fout.body());
    }

    @Test
    void alleTabellenAlsWerkmap() throws Exception {
        laad();
        var xlsx = Api.als(basis, "bzk").download("api/cijfers/2071/tabellen.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (ReadableWorkbook w = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(
                    List.of("Per provincie", "Per sector", "Per ministerie", "Prognose toegelicht"),
                    w.getSheets().map(Sheet::getName).toList());
            Row fryslan = w.getFirstSheet().read().stream()
                    .filter(r -> "Fryslân".equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    0,
                    new BigDecimal("423").compareTo(fryslan.getCellAsNumber(2).orElseThrow()));
        }
    }

    @Test
    void contactpersoonZietZijnEigenMinisterieMaarGeenLandelijkBeeldVanDrieMinisteries() {
        laad();
        Api fin = Api.als(basis, "contact.fin");
        // Three accepted ministries: "national" minus Financiën would be the other two. Refused, with the reason.
        Api.Antwoord landelijk = fin.get("api/cijfers/2071");
        assertEquals(403, landelijk.status(), landelijk.body());
        assertTrue(
                landelijk.object().getString("melding").contains("zodra ten minste 4 ministeries zijn goedgekeurd"),
                landelijk.body());
        assertEquals(403, fin.download("api/cijfers/2071/provincies.csv").statusCode());
        // The leak the review found: a sector filter isolates another ministry (Defensie's sector is Defensie alone).
        Api.Antwoord sector = fin.get("api/cijfers/2071?sector=DEFENSIE");
        assertEquals(403, sector.status(), sector.body());
        assertEquals(
                403,
                fin.download("api/cijfers/2071/provincies.csv?sector=DEFENSIE").statusCode());
        assertEquals(403, fin.get("api/cijfers/2071?ministerie=JENV").status());
        assertEquals(
                403, fin.get("api/cijfers/2071?ministerie=DEF&sector=DEFENSIE").status());

        // Their own ministry in full detail: 1100 + 460 = 1560 fte, growth from 1500.
        JsonObject eigen = beeld(fin, "?ministerie=FIN");
        assertEquals(0, new BigDecimal("1560").compareTo(getal(eigen, "totaal")));
        assertEquals(0, new BigDecimal("60").compareTo(getal(eigen, "groei")));
        assertEquals(
                List.of("FIN"),
                eigen.getJsonArray("perMinisterie").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("sleutel"))
                        .toList());
        assertEquals(
                List.of("MINISTERIES"),
                eigen.getJsonArray("perSector").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("sleutel"))
                        .toList());
        assertEquals(
                200,
                fin.get("api/cijfers/2071?ministerie=FIN&sector=MINISTERIES").status());
        assertEquals(403, Api.als(basis, "archivaris").get("api/cijfers/2071").status());
    }

    @Test
    void ontwikkelingOpHetDashboard() {
        laad();
        Api.Antwoord pagina = Api.als(basis, "bzk").get("cijfers/index.xhtml?jaar=2071&sector=DJI");
        assertEquals(200, pagina.status());
        // Bars of the development chart: the DJI totals of 2070 (200) and 2071 (210), in one query over all years.
        assertTrue(pagina.body().contains(">200</text>") && pagina.body().contains(">210</text>"), pagina.body());
    }

    /**
     * The dashboard's figures part is rendered once per picture and kept (sp:bewaard): a second view gets the same
     * markup, an acceptance shows at once, and what was kept for BZK never reaches a contact who may not see it. Round
     * 2061 is this test's own.
     */
    @Test
    void dashboardpaginaBewaardTotDeCijfersVeranderen() {
        Aanleverproces p = new Aanleverproces(basis);
        p.openRonde(2061, 30);
        p.aanleverenEnGoedkeuren(
                Api.als(basis, "contact.jenv"), 2061, Aanleverproces.regel("CJIB", "PV21", "100", "start"));
        Api bzk = Api.als(basis, "bzk");
        String eerst = provincietabel(bzk, "cijfers/index.xhtml?jaar=2061");
        assertEquals("100", fte(eerst, "Fryslân"), eerst);
        assertEquals("0", fte(eerst, "Zuid-Holland"), eerst);
        assertEquals(eerst, provincietabel(bzk, "cijfers/index.xhtml?jaar=2061"), "the kept markup, unchanged");

        // Kept for BZK (all ministries): a contact may not see the national picture of one or two ministries.
        Api.Antwoord contact = Api.als(basis, "contact.fin").get("cijfers/index.xhtml?jaar=2061");
        assertEquals(200, contact.status());
        assertFalse(contact.body().contains("id=\"provincies\""), contact.body());
        assertTrue(contact.body().contains("zodra ten minste 4 ministeries zijn goedgekeurd"), contact.body());

        p.aanleverenEnGoedkeuren(
                Api.als(basis, "contact.fin"), 2061, Aanleverproces.regel("BD", "PV28", "1000", "start"));
        String daarna = provincietabel(bzk, "cijfers/index.xhtml?jaar=2061");
        assertEquals("1.000", fte(daarna, "Zuid-Holland"), "after the acceptance: " + daarna);
        assertEquals("100", fte(daarna, "Fryslân"), daarna);
        // A contact's own ministry, kept under the contact's rights: Financiën's unit only.
        String eigen = provincietabel(Api.als(basis, "contact.fin"), "cijfers/index.xhtml?jaar=2061&ministerie=FIN");
        assertEquals("1.000", fte(eigen, "Zuid-Holland"), eigen);
        assertEquals("0", fte(eigen, "Fryslân"), eigen);
    }

    /**
     * Issue 31: when a year counts. Round 2062 expects three ministries; with two accepted its year is voorlopig
     * everywhere (no growth, no verdict on the motions, a banner in the CSV, left out of the development, no letter,
     * the missing ministry named); with all three accepted and the round closed it is definitief; reopened, voorlopig
     * again. A change of the expected list needs an open round and a reason, and a refusal changes nothing.
     */
    @Test
    void eenJaarTeltPasAlsElkVerwachtMinisterieIsGoedgekeurdEnDeRondeDicht() {
        Aanleverproces p = new Aanleverproces(basis);
        Api bzk = Api.als(basis, "bzk");
        p.openRonde(2062, 30);
        JsonObject ronde = bzk.get("api/rondes/2062").object();
        assertTrue(ronde.getJsonArray("verwachting").size() >= 3, "opening fixed the expected ministries: " + ronde);
        Api.Antwoord zonderReden = bzk.put(
                "api/rondes/2062/verwachting",
                "{\"verwacht\":[\"JENV\"],\"reden\":\" \",\"versie\":" + Aanleverproces.versie(ronde) + "}");
        assertEquals(400, zonderReden.status(), zonderReden.body());
        assertTrue(zonderReden.body().contains("Veld reden"), zonderReden.body());
        assertEquals(ronde, bzk.get("api/rondes/2062").object(), "a refusal changes nothing");
        Api.Antwoord verwacht = bzk.put(
                "api/rondes/2062/verwachting",
                "{\"verwacht\":[\"JENV\",\"FIN\",\"DEF\"],\"reden\":\"De andere ministeries hebben geen "
                        + "rijkswerkgelegenheid in deze proef\",\"versie\":" + Aanleverproces.versie(ronde) + "}");
        assertEquals(200, verwacht.status(), verwacht.body());
        assertTrue(
                verwacht.object().getJsonArray("verwachting").getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getBoolean("levertNiet"))
                        .allMatch(v -> v.getString("reden").startsWith("De andere ministeries")),
                verwacht.body());
        p.aanleverenEnGoedkeuren(
                Api.als(basis, "contact.jenv"), 2062, Aanleverproces.regel("CJIB", "PV21", "100", "start"));
        p.aanleverenEnGoedkeuren(Api.als(basis, "contact.fin"), 2062, Aanleverproces.regel("BD", "PV28", "900", "x"));

        JsonObject voorlopig = bzk.get("api/cijfers/2062").object();
        JsonObject status = voorlopig.getJsonObject("jaarstatus");
        assertFalse(status.getBoolean("definitief"), status.toString());
        assertEquals(2, status.getInt("goedgekeurd"));
        assertEquals(3, status.getInt("verwacht"));
        assertEquals("Voorlopig: 2 van 3 ministeries goedgekeurd", status.getString("omschrijving"));
        assertTrue(
                status.getString("melding").contains("Nog niet goedgekeurd: Ministerie van Defensie"),
                status.toString());
        assertTrue(!voorlopig.containsKey("groeiProcent") || voorlopig.isNull("groeiProcent"), voorlopig.toString());
        assertEquals(0, voorlopig.getJsonArray("toetsen").size(), "no verdict on the motions");
        String csv = new String(bzk.download("api/cijfers/2062/provincies.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().contains("Voorlopige cijfers 2062"), csv);
        assertFalse(jarenVanDeOntwikkeling(false).contains(2062), "the development leaves the provisional year out");
        assertTrue(jarenVanDeOntwikkeling(true).contains(2062), "unless asked for");
        String pagina = bzk.get("cijfers/index.xhtml?jaar=2062").body();
        assertTrue(pagina.contains("id=\"voorlopig\"") && pagina.contains("2062 (voorlopig)"), pagina);
        assertFalse(pagina.contains("De totale rijkswerkgelegenheid is in"), "no growth sentence");
        Api.Antwoord brief = bzk.post(
                "api/documenten",
                "{\"soort\":\"KAMERBRIEF\",\"jaar\":2062,\"periode\":\"2025\",\"kamerstuk\":\"29 697, nr. 170\","
                        + "\"vergaderjaar\":\"2062-2063\",\"datum\":\"2062-05-20\"}");
        assertEquals(409, brief.status(), brief.body());
        assertTrue(brief.body().contains("Ministerie van Defensie"), brief.body());
        Api.Antwoord dossier = bzk.post("api/dossiers", "{\"jaar\":2062,\"ondertekenaarNaam\":\"M. de Jong\"}");
        assertEquals(409, dossier.status(), dossier.body());
        assertTrue(dossier.body().contains("Nog niet goedgekeurd: Ministerie van Defensie"), dossier.body());
        assertEquals(0, TestDatabase.getal("SELECT COUNT(*) FROM briefdossier WHERE jaar = 2062"));

        // The exception: one coordinator records it with a reason (audited, once); she may not then make the letter,
        // another may, and every page of it says VOORLOPIG.
        Api directeur = Api.als(basis, "bzk.directeur");
        assertTrue(
                directeur.get("bzk/rondes.xhtml?verwachting=2062").body().contains("id=\"uitzondering-form\""),
                "the rounds page offers the exception for the provisional year");
        JsonObject voorUitzondering = bzk.get("api/rondes/2062").object();
        Api.Antwoord zonderRedenUitzondering = directeur.put(
                "api/rondes/2062/voorlopige-brief",
                "{\"reden\":\"\",\"versie\":" + Aanleverproces.versie(voorUitzondering) + "}");
        assertEquals(400, zonderRedenUitzondering.status(), zonderRedenUitzondering.body());
        assertTrue(zonderRedenUitzondering.body().contains("Veld reden"), zonderRedenUitzondering.body());
        assertEquals(voorUitzondering, bzk.get("api/rondes/2062").object(), "a refusal changes nothing");
        Api.Antwoord uitzondering = directeur.put(
                "api/rondes/2062/voorlopige-brief",
                "{\"reden\":\"Kamervragen over de stand van nu\",\"versie\":" + Aanleverproces.versie(voorUitzondering)
                        + "}");
        assertEquals(200, uitzondering.status(), uitzondering.body());
        assertEquals(
                "bzk.directeur",
                uitzondering.object().getJsonObject("voorlopigeBrief").getString("door"),
                uitzondering.body());
        String rondepagina = bzk.get("bzk/rondes.xhtml?verwachting=2062").body();
        assertTrue(
                rondepagina.contains("Uitzondering vastgelegd op")
                        && rondepagina.contains("Kamervragen over de stand van nu")
                        && !rondepagina.contains("id=\"uitzondering-form\""),
                rondepagina);
        String briefaanvraag = "{\"soort\":\"KAMERBRIEF\",\"jaar\":2062,\"periode\":\"2025\","
                + "\"kamerstuk\":\"31 490\",\"vergaderjaar\":\"2062-2063\",\"datum\":\"2062-05-21\"}";
        Api.Antwoord zelf = directeur.post("api/documenten", briefaanvraag);
        assertEquals(403, zelf.status(), zelf.body());
        assertTrue(zelf.body().contains("Vier ogen"), zelf.body());
        Api.Antwoord ander = bzk.post("api/documenten", briefaanvraag);
        assertEquals(201, ander.status(), ander.body());
        byte[] pdf = bzk.download(
                        "api/documenten/" + ander.object().getJsonNumber("id").longValue() + "/pdf")
                .body();
        try {
            for (int nr = 1; nr <= PdfControle.paginas(pdf); nr++) {
                String tekst = PdfControle.paginatekst(pdf, nr);
                assertTrue(tekst.contains("VOORLOPIG: 2 van 3 ministeries goedgekeurd"), nr + ": " + tekst);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(
                1,
                TestDatabase.getal("SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Ronde' AND entiteit_id = '2062' "
                        + "AND actie = 'VOORLOPIGE_BRIEF_TOEGESTAAN'"));

        p.aanleverenEnGoedkeuren(
                Api.als(basis, "contact.def"), 2062, Aanleverproces.regel("DEF-CLAS", "PV22", "500", "start"));
        JsonObject open = bzk.get("api/cijfers/2062").object().getJsonObject("jaarstatus");
        assertFalse(open.getBoolean("definitief"), "all accepted, but the round is still open: " + open);
        assertTrue(open.getString("melding").contains("de inventarisatieronde is nog open"), open.toString());
        p.sluitMetVerwacht(2062, "JENV", "FIN", "DEF");
        JsonObject definitief = bzk.get("api/cijfers/2062").object().getJsonObject("jaarstatus");
        assertTrue(definitief.getBoolean("definitief"), definitief.toString());
        assertTrue(jarenVanDeOntwikkeling(false).contains(2062));
        assertFalse(new String(bzk.download("api/cijfers/2062/provincies.csv").body(), StandardCharsets.UTF_8)
                .contains("Voorlopige cijfers"));
        // Closed, the list stays as it is.
        JsonObject dicht = bzk.get("api/rondes/2062").object();
        Api.Antwoord teLaat = bzk.put(
                "api/rondes/2062/verwachting",
                "{\"verwacht\":[\"JENV\"],\"reden\":\"te laat\",\"versie\":" + Aanleverproces.versie(dicht) + "}");
        assertEquals(409, teLaat.status(), teLaat.body());
        Api.Antwoord heropend = bzk.post("api/rondes/2062/openen", "{\"versie\":" + Aanleverproces.versie(dicht) + "}");
        assertEquals(200, heropend.status(), heropend.body());
        assertFalse(
                bzk.get("api/cijfers/2062").object().getJsonObject("jaarstatus").getBoolean("definitief"));
        assertEquals(
                2,
                TestDatabase.getal("SELECT COUNT(*) FROM audit_regel WHERE entiteit = 'Ronde' AND entiteit_id = '2062' "
                        + "AND actie = 'VERWACHTING_GEWIJZIGD'"),
                "each change of the list is audited (the refused one is not)");
    }

    private List<Integer> jarenVanDeOntwikkeling(boolean voorlopig) {
        return Api.als(basis, "bzk")
                .get("api/cijfers/ontwikkeling?per=provincie" + (voorlopig ? "&voorlopig=true" : ""))
                .object()
                .getJsonArray("jaren")
                .getValuesAs(JsonNumber.class)
                .stream()
                .map(JsonNumber::intValue)
                .toList();
    }

    /** The FTE cell of a province's row in the province table. */
    private static String fte(String tabel, String provincie) {
        Matcher m = Pattern.compile(Pattern.quote(provincie) + "[^<]*</th>\\s*<td class=\"getal\">([^<]*)<")
                .matcher(tabel);
        assertTrue(m.find(), provincie + " in " + tabel);
        return m.group(1);
    }

    private static String provincietabel(Api wie, String pad) {
        Api.Antwoord pagina = wie.get(pad);
        assertEquals(200, pagina.status(), pagina.body());
        int begin = pagina.body().indexOf("<table class=\"tabel\" id=\"provincies\">");
        assertTrue(begin >= 0, pagina.body());
        return pagina.body().substring(begin, pagina.body().indexOf("</table>", begin));
    }

    @Test
    void jaarZonderVorigJaar() {
        laad();
        JsonObject beeld = Api.als(basis, "bzk").get("api/cijfers/2070").object();
        assertEquals(0, new BigDecimal("3000").compareTo(getal(beeld, "totaal")));
        assertFalse(beeld.containsKey("groeiProcent") && !beeld.isNull("groeiProcent"));
        assertNull(
                beeld.get("randstadAandeelGroei") == null || beeld.isNull("randstadAandeelGroei")
                        ? null
                        : beeld.get("randstadAandeelGroei"));
    }

    /**
     * The historical series (issue 17, point 4): a file with an error stores nothing and names row and column; a good
     * file adds accepted years without prognosis that the development shows; a year is replaced by a later file; only
     * BZK imports; a historical year never opens and gets no letter. Years 2011 and 2012 are this test's own.
     */
    @Test
    void historischeReeksAllesOfNietsEnInDeOntwikkeling() {
        Api bzk = Api.als(basis, "bzk");
        byte[] fout = ("jaar;onderdeel;provincie;gemeente;fte\n"
                        + "2011;CJIB;Fryslân;;50\n"
                        + "2011;XYZ;Groningen;;5\n"
                        + "2025;CJIB;PV21;;1\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Antwoord geweigerd = bzk.postBestand("api/historie?naam=reeks-fout.csv", "text/csv", fout);
        assertEquals(400, geweigerd.status(), geweigerd.body());
        assertEquals(
                "In het bestand staan 2 fouten; er is niets opgeslagen.",
                geweigerd.object().getString("melding"));
        List<String> fouten = geweigerd.object().getJsonArray("fouten").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getInt("rij") + "/" + f.getString("kolom"))
                .toList();
        assertEquals(List.of("2/onderdeel", "3/jaar"), fouten);
        assertFalse(jarenVanDeReeks(bzk).contains(2011), "nothing stored");

        Api.Antwoord contact = Api.als(basis, "contact.fin").postBestand("api/historie?naam=x.csv", "text/csv", fout);
        assertEquals(403, contact.status(), contact.body());

        byte[] goed = ("jaar;onderdeel;provincie;gemeente;fte\n"
                        + "2011;CJIB;Fryslân;;50\n"
                        + "2012;CJIB;PV21;Leeuwarden;60\n"
                        + "2012;BD;groningen;;10,5\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Antwoord ingelezen =
                bzk.postBestand("api/historie?naam=C%3A%5Cmap%5Creeks-2011-2012.csv", "text/csv", goed);
        assertEquals(200, ingelezen.status(), ingelezen.body());
        JsonObject j2012 = ingelezen.array().getJsonObject(1);
        assertEquals(2012, j2012.getInt("jaar"));
        assertEquals("reeks-2011-2012.csv", j2012.getString("bron"));
        assertEquals(2, j2012.getJsonArray("delen").size(), "two ministries");
        assertEquals(0, new BigDecimal("50").compareTo(fte(2011, "Fryslân")));
        assertEquals(0, new BigDecimal("60").compareTo(fte(2012, "Fryslân")));
        assertEquals(0, new BigDecimal("10.5").compareTo(fte(2012, "Groningen")));

        Api.Antwoord eerst = bzk.get("api/cijfers/2012");
        String etag = eerst.header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "the picture carries an entity tag: " + etag);
        assertEquals(304, bzk.getAlsGewijzigd("api/cijfers/2012", etag).status(), "unchanged: not sent again");
        JsonObject beeld = eerst.object();
        assertEquals(0, new BigDecimal("70.5").compareTo(getal(beeld, "totaal")));
        assertTrue(!beeld.containsKey("prognoseTotaal") || beeld.isNull("prognoseTotaal"), beeld.toString());
        HttpResponse<byte[]> prognose = bzk.download("api/cijfers/2012/prognose.csv");
        String melding = new String(prognose.body(), StandardCharsets.UTF_8);
        assertEquals(404, prognose.statusCode(), melding);
        assertTrue(melding.contains("Voor 2012 is geen prognose bekend"), melding);

        // a later file replaces the years it holds, and only those
        Api.Antwoord vervangen = bzk.postBestand(
                "api/historie?naam=reeks-2012.csv",
                "text/csv",
                "jaar;onderdeel;provincie;fte\n2012;CJIB;Fryslân;70\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, vervangen.status(), vervangen.body());
        assertEquals(0, new BigDecimal("70").compareTo(fte(2012, "Fryslân")));
        Api.Antwoord nieuw = bzk.getAlsGewijzigd("api/cijfers/2012", etag);
        assertEquals(200, nieuw.status(), "the import changed the picture, so the old tag no longer holds");
        assertEquals(0, new BigDecimal("70").compareTo(getal(nieuw.object(), "totaal")));
        assertFalse(etag.equals(nieuw.header("ETag")));
        assertNull(fte(2012, "Groningen"), "the Belastingdienst line of 2012 is gone with the old file");
        assertEquals(0, new BigDecimal("50").compareTo(fte(2011, "Fryslân")));

        JsonObject ronde = bzk.get("api/rondes/2012").object();
        assertTrue(ronde.getBoolean("historisch"));
        Api.Antwoord openen = bzk.post("api/rondes/2012/openen", "{\"versie\":" + ronde.getJsonNumber("versie") + "}");
        assertEquals(409, openen.status(), openen.body());
        assertTrue(openen.body().contains("het is een historische reeks"), openen.body());
        Api.Antwoord brief = bzk.post(
                "api/documenten",
                "{\"soort\":\"BIJLAGE_1_CIJFERS\",\"jaar\":2012,\"periode\":\"2025\",\"kamerstuk\":\"29 697, nr. 170\","
                        + "\"vergaderjaar\":\"2012-2013\",\"datum\":\"2012-05-20\"}");
        assertEquals(400, brief.status(), brief.body());
        assertTrue(brief.body().contains("2012 is een jaar uit de historische reeks"), brief.body());
    }

    private List<Integer> jarenVanDeReeks(Api wie) {
        return wie.get("api/historie").array().getValuesAs(JsonObject.class).stream()
                .map(j -> j.getInt("jaar"))
                .toList();
    }

    /** A province's FTE in a year from the development per province, or null when it has none that year. */
    private BigDecimal fte(int jaar, String provincie) {
        JsonObject o = Api.als(basis, "bzk")
                .get("api/cijfers/ontwikkeling?per=provincie")
                .object();
        int i = o.getJsonArray("jaren").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::intValue)
                .toList()
                .indexOf(jaar);
        JsonObject reeks = o.getJsonArray("reeksen").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("naam").equals(provincie))
                .findFirst()
                .orElseThrow();
        return i < 0 || reeks.getJsonArray("fte").isNull(i)
                ? null
                : reeks.getJsonArray("fte").getJsonNumber(i).bigDecimalValue();
    }
}
