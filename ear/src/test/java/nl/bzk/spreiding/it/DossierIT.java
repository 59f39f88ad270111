package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.bzk.spreiding.documents.PdfControle;
import nl.bzk.spreiding.platform.Nederlands;
import nl.bzk.spreiding.platform.Tijd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The letter workflow end to end (issue 16), on a Payara of its own with the route required (the default) and e-mail on,
 * against a real SMTP server (GreenMail) started here, on the suite's database (H2 or PostgreSQL). In the browser: the
 * drafter writes a text block and submits; the drafter cannot approve her own version; a reviewer returns it with a
 * comment; the drafter changes the text and resubmits; two reviewers approve; the signer signs; the archive shows the
 * route and the signed beslisnota carries the paraaf block. Refused steps (own approval, stale version, signing before
 * approval, direct finalisation) leave nothing changed.
 *
 * <p>The journey is one scenario in ordered steps that share the dossier, the browser and the mailbox: a step that fails
 * is reported as itself, and the steps after it still run (they fail too only when they need what it did not do).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierIT {

    // The demo signed the 2025 letter through its dossier at start-up (DemoBriefdossier); this journey makes 2024's.
    private static final int JAAR = 2024;
    private GreenMail smtp;
    private Serverproces server;
    private URL basis;
    private Browser b;
    private Api bzk;
    private Api beoordelaar;
    private Api ondertekenaar;
    private long stukId;

    private static final String POPWACHTWOORD = "Een pop die niets mag";

    @BeforeAll
    void start() throws Exception {
        Browser.vereist();
        TestDatabase.leegEenmaal();
        int smtpPoort = Serverproces.vrijePoort();
        smtp = new GreenMail(new ServerSetup(smtpPoort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // A letter-head logo as an organisation configures it (issue 31); none is shipped.
        Path logo = Path.of("target", "dossier-logo.png").toAbsolutePath();
        BufferedImage beeld = new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = beeld.createGraphics();
        g.setColor(new java.awt.Color(0x15, 0x42, 0x73));
        g.fillRect(90, 0, 20, 80);
        g.dispose();
        Files.createDirectories(logo.getParent());
        ImageIO.write(beeld, "png", logo.toFile());
        server = Serverproces.start(
                "dossier",
                List.of(
                        "-Dspreiding.demo.enabled=true",
                        "-Dspreiding.db.url=" + System.getProperty("it.db.url"),
                        "-Dspreiding.db.user=" + System.getProperty("it.db.user"),
                        "-Dspreiding.db.password=" + System.getProperty("it.db.password"),
                        "-Dspreiding.db.datasource-class=" + System.getProperty("it.db.datasource"),
                        "-Dspreiding.mail.aan=true",
                        "-Dspreiding.mail.host=127.0.0.1",
                        "-Dspreiding.mail.poort=" + smtpPoort,
                        "-Dspreiding.mail.afzender=spreiding@bzk.example",
                        "-Dspreiding.brief.logo=" + logo,
                        "-Dspreiding.brief.logo-tekst=Logo van BZK"),
                List.of("--addLibs", System.getProperty("postgresql.jar")),
                Map.of());
        basis = new URL("http://127.0.0.1:" + server.poort + "/spreiding/");
        bzk = Api.als(basis, "bzk");
        beoordelaar = Api.als(basis, "bzk.beoordelaar");
        ondertekenaar = Api.als(basis, "ondertekenaar");
        b = Browser.open(basis);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (b != null) {
            b.close();
        }
        if (server != null) {
            server.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void opstellerMaaktHetDossierEnFouteInvoerVerandertNiets() {
        // The drafter makes the dossier.
        b.login("bzk");
        b.ga("dossier/index.xhtml");
        new Select(b.element(By.id("nieuw:jaar"))).selectByVisibleText(String.valueOf(JAAR));
        b.typ("nieuw:ondertekenaarNaam", "M. de Jong");
        b.klik("nieuw:maak");
        assertTrue(b.tekst().contains("Het briefdossier " + JAAR + " is aangemaakt"), b.tekst());
        // Bad input: a Dutch message naming the field, and nothing changes.
        JsonObject nieuw = bzk.get("api/dossiers/" + JAAR).object();
        long slot = nieuw.getJsonNumber("versieSlot").longValue();
        Api.Antwoord teLang = bzk.put(
                "api/dossiers/" + JAAR + "/teksten/KERN",
                "{\"tekst\":\"" + "x".repeat(20_001) + "\",\"versieSlot\":" + slot + "}");
        assertEquals(400, teLang.status(), teLang.body());
        assertTrue(teLang.body().contains("Tekstblok Kern: ten hoogste 20000 tekens"), teLang.body());
        assertEquals(
                404,
                bzk.put("api/dossiers/" + JAAR + "/teksten/SLOT", "{\"tekst\":\"x\",\"versieSlot\":" + slot + "}")
                        .status());
        Api.Antwoord rol = bzk.put(
                "api/dossiers/" + JAAR + "/route",
                "{\"stappen\":[{\"functie\":\"Archief\",\"rol\":\"ARCHIVIST\"}],\"versieSlot\":" + slot + "}");
        assertEquals(400, rol.status(), rol.body());
        assertTrue(rol.body().contains("Veld route"), rol.body());
        assertEquals(409, bzk.post("api/dossiers", "{\"jaar\":" + JAAR + "}").status());
        Api.Antwoord zonderCijfers = bzk.post("api/dossiers", "{\"jaar\":1990}");
        assertEquals(400, zonderCijfers.status(), zonderCijfers.body());
        assertTrue(zonderCijfers.body().contains("Veld jaar"), zonderCijfers.body());
        Api.Antwoord oudSlot = bzk.put(
                "api/dossiers/" + JAAR + "/teksten/KERN", "{\"tekst\":\"x\",\"versieSlot\":" + (slot + 7) + "}");
        assertEquals(409, oudSlot.status(), oudSlot.body());
        assertEquals(nieuw, bzk.get("api/dossiers/" + JAAR).object());
    }

    @Test
    @Order(2)
    void opstellerVultDeBriefgegevensInEnDientVersie1In() throws Exception {
        // The letter's details (issue 31): without them the set does not go the route.
        assertTrue(
                b.tekst(By.id("brief:ontbrekend")).contains("Kamerstuk, kenmerk, Betreft en ondertekenaar"), b.tekst());
        b.typ("brief:kamerstuk", "31 490");
        b.typ("brief:vergaderjaar", "2024-2025");
        b.typ("brief:kenmerk", "2024-0000123456");
        new Select(b.element(By.id("brief:ondertekenaar"))).selectByVisibleText("Ondertekenaar BZK");
        b.klik("brief:bewaren");
        assertTrue(b.tekst().contains("De briefgegevens zijn bewaard"), b.tekst());
        assertTrue(b.driver().findElements(By.id("brief:ontbrekend")).isEmpty());
        JsonObject brief = bzk.get("api/dossiers/" + JAAR).object().getJsonObject("briefgegevens");
        assertEquals("ondertekenaar", brief.getString("ondertekenaar"));
        assertEquals("Stand van zaken spreiding rijkswerkgelegenheid " + JAAR, brief.getString("betreft"));

        b.element(tekstvak(1))
                .sendKeys(
                        "In het kabinet is afgesproken dat alle Ministers aan zet zijn om tot een betere spreiding te komen.");
        b.klik("teksten:bewaren");
        assertTrue(b.tekst().contains("Het tekstblok is bewaard"), b.tekst());
        b.klik("teksten:versie");
        assertTrue(b.tekst().contains("Versie 1 van de set is gemaakt"), b.tekst());
        b.klik("teksten:indienen");
        assertTrue(b.tekst().contains("Versie 1 is ingediend"), b.tekst());
        assertTrue(b.tekst(By.id("stand")).contains("Opsteller: Coördinator BZK"), b.tekst(By.id("stand")));
        b.foto("dossier-ingediend");

        // The next reviewers (coordinators other than the drafter) are mailed, in Dutch, with names.
        List<MimeMessage> mails = mails(2);
        assertEquals(Set.of("bzk.beoordelaar@spreiding.example", "bzk.directeur@spreiding.example"), ontvangers(mails));
        MimeMessage eerste = mails.get(0);
        assertEquals("Ter parafering: briefdossier stand spreiding " + JAAR + ", versie 1", eerste.getSubject());
        String tekst = (String) eerste.getContent();
        assertTrue(
                tekst.contains("wacht op uw paraaf als Afdelingshoofd (stap 1 van 2)")
                        && tekst.contains("Opgesteld door Coördinator BZK"),
                tekst);
        assertTrue(tekst.contains("dossier/dossier.xhtml?jaar=" + JAAR), tekst);
        assertFalse(tekst.contains("BZK_COORDINATOR"), tekst);
    }

    @Test
    @Order(3)
    void vierOgenEnStappenBuitenDeRouteOmWordenGeweigerd() {
        // Four-eyes: the drafter cannot approve her own version, not on the page and not through the API.
        assertTrue(b.driver().findElements(By.id("besluit:goedkeuren")).isEmpty());
        assertTrue(
                b.tekst(By.id("niet-beoordelen")).contains("Vier ogen: u heeft aan versie 1 meegeschreven"), b.tekst());
        JsonObject voor = bzk.get("api/dossiers/" + JAAR).object();
        Api.Antwoord eigen = bzk.post("api/dossiers/" + JAAR + "/goedkeuren", "{\"versie\":1}");
        assertEquals(403, eigen.status(), eigen.body());
        assertTrue(eigen.body().contains("meegeschreven"), eigen.body());
        assertEquals(voor, bzk.get("api/dossiers/" + JAAR).object());
        assertEquals(
                0, bzk.get("api/dossiers/" + JAAR + "/beoordelingen").array().size());
        // Signing before every approval: refused, nothing changed.
        assertEquals(
                409,
                ondertekenaar
                        .post("api/dossiers/" + JAAR + "/ondertekenen", "{\"versie\":1}")
                        .status());
        // Direct finalisation of a document of the set, bypassing the route: refused.
        long kamerbriefV1 = bzk.get("api/dossiers/" + JAAR + "/versies")
                .array()
                .getJsonObject(0)
                .getJsonObject("documenten")
                .getJsonNumber("KAMERBRIEF")
                .longValue();
        Api.Antwoord los = bzk.post("api/archief", "{\"documentId\":" + kamerbriefV1 + ",\"versieSlot\":0}");
        assertEquals(409, los.status(), los.body());
        assertTrue(los.body().contains("parafeerroute"), los.body());
        assertEquals(voor, bzk.get("api/dossiers/" + JAAR).object());
        b.driver().manage().deleteAllCookies();
        Api.Antwoord onderwerp = beoordelaar.post(
                "api/dossiers/" + JAAR + "/terugsturen",
                "{\"versie\":1,\"opmerkingen\":[{\"onderwerp\":\"HOOFDSTUK_9\",\"tekst\":\"x\"}]}");
        assertEquals(400, onderwerp.status(), onderwerp.body());
        assertTrue(onderwerp.body().contains("Veld opmerkingen, opmerking 1"), onderwerp.body());
        assertEquals(voor, bzk.get("api/dossiers/" + JAAR).object());
    }

    @Test
    @Order(4)
    void beoordelaarStuurtVersie1TerugMetEenOpmerking() throws Exception {
        // The first reviewer finds it under "Mijn taken" and returns it with a comment on the text block.
        b.login("bzk.beoordelaar");
        b.ga("dossier/taken.xhtml");
        assertTrue(
                b.tekst(By.id("taken")).contains("Parafeer of stuur terug: versie 1, stap 1 (Afdelingshoofd)"),
                b.tekst());
        b.foto("mijn-taken");
        b.klik(By.linkText("Briefdossier " + JAAR));
        new Select(b.element(By.cssSelector("select[name$=':0:onderwerp']")))
                .selectByVisibleText("Tekstblok Stip op de horizon");
        b.element(By.cssSelector("textarea[name$=':0:tekst']"))
                .sendKeys("Noem ook de adviesbevoegdheden van de minister.");
        b.foto("dossier-beoordelen");
        b.klik("besluit:terugsturen");
        assertTrue(b.tekst().contains("Versie 1 is teruggestuurd naar de opsteller"), b.tekst());
        b.driver().manage().deleteAllCookies();

        List<MimeMessage> terug = mails(1);
        assertEquals(Set.of("bzk@spreiding.example"), ontvangers(terug));
        String terugTekst = (String) terug.get(0).getContent();
        assertTrue(
                terugTekst.contains("Sanne Bakker (Afdelingshoofd) heeft versie 1")
                        && terugTekst.contains(
                                "- Tekstblok Stip op de horizon: Noem ook de adviesbevoegdheden van de minister."),
                terugTekst);
    }

    @Test
    @Order(5)
    void opstellerVerwerktDeOpmerkingEnDientVersie2In() throws Exception {
        // The drafter works the comment in, makes version 2, sees what changed and submits again.
        b.login("bzk");
        b.ga("dossier/taken.xhtml");
        assertTrue(b.tekst(By.id("taken")).contains("Verwerk de opmerkingen"), b.tekst());
        b.ga("dossier/dossier.xhtml?jaar=" + JAAR);
        assertTrue(b.tekst(By.id("beoordelingen")).contains("Noem ook de adviesbevoegdheden"), b.tekst());
        b.element(tekstvak(1))
                .sendKeys(
                        " De Minister van Binnenlandse Zaken en Koninkrijksrelaties heeft meer adviesbevoegdheden gekregen.");
        b.klik("teksten:bewaren");
        b.klik("teksten:versie");
        assertTrue(b.tekst().contains("Versie 2 van de set is gemaakt"), b.tekst());
        b.klik("vergelijk:vergelijken");
        String verschil = b.tekst(By.id("vergelijk:verschil"));
        assertTrue(verschil.contains("meer adviesbevoegdheden gekregen"), verschil);
        assertTrue(b.driver()
                        .findElements(By.cssSelector("#vergelijk\\:verschil ins"))
                        .size()
                >= 1);
        ((JavascriptExecutor) b.driver())
                .executeScript("arguments[0].scrollIntoView()", b.element(By.id("vergelijk:verschil")));
        b.foto("dossier-verschil");
        b.klik("teksten:indienen");
        assertTrue(b.tekst().contains("Versie 2 is ingediend"), b.tekst());
        b.driver().manage().deleteAllCookies();
        mails(2);

        // A decision on the replaced version is refused and changes nothing.
        JsonObject v2 = bzk.get("api/dossiers/" + JAAR).object();
        Api.Antwoord oud = beoordelaar.post("api/dossiers/" + JAAR + "/goedkeuren", "{\"versie\":1}");
        assertEquals(409, oud.status(), oud.body());
        assertEquals(v2, bzk.get("api/dossiers/" + JAAR).object());
    }

    @Test
    @Order(6)
    void poppenVanDeEnigeBeheerderDoenGeenStapOpDeWachtendeVersie() throws Exception {
        JsonObject v2 = bzk.get("api/dossiers/" + JAAR).object();
        // Issue 30, finding 3: the only administrator makes puppet accounts for the waiting version. The grants
        // take effect (a fresh installation has one administrator) but every coordinator and signer is mailed, and
        // the puppets, whose roles are younger than version 2, take no step on it.
        Api admin = Api.als(basis, "admin");
        for (String[] pop : new String[][] {{"pop.paraaf", "BZK_COORDINATOR"}, {"pop.teken", "ONDERTEKENAAR"}}) {
            Api.Antwoord a = admin.post(
                    "api/gebruikers",
                    "{\"gebruikersnaam\":\"" + pop[0] + "\",\"naam\":\"Pop " + pop[0] + "\",\"rollen\":[\"" + pop[1]
                            + "\"],\"tijdelijkWachtwoord\":\"Tijdelijk-voor-pop-1\"}");
            assertEquals(201, a.status(), a.body());
            assertEquals(
                    204,
                    Api.als(basis, pop[0], "Tijdelijk-voor-pop-1")
                            .put(
                                    "api/mij/wachtwoord",
                                    "{\"huidig\":\"Tijdelijk-voor-pop-1\",\"nieuw\":\"" + POPWACHTWOORD + "\"}")
                            .status());
        }
        List<MimeMessage> aangekondigd = mails(4);
        assertEquals(
                Set.of(
                        "bzk@spreiding.example",
                        "bzk.beoordelaar@spreiding.example",
                        "bzk.directeur@spreiding.example",
                        "ondertekenaar@spreiding.example"),
                ontvangers(aangekondigd));
        MimeMessage aankondiging = aangekondigd.stream()
                .filter(m -> {
                    try {
                        return m.getSubject().equals("Rol Coördinator BZK verleend zonder tweede beheerder");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        String aangekondigdTekst = (String) aankondiging.getContent();
        assertTrue(
                aangekondigdTekst.contains(
                                "heeft Beheerder Spreiding de rol Coördinator BZK verleend aan Pop pop.paraaf")
                        && aangekondigdTekst.contains("zonder tweede beheerder"),
                aangekondigdTekst);
        Api.Antwoord popStap = Api.als(basis, "pop.paraaf", POPWACHTWOORD)
                .post("api/dossiers/" + JAAR + "/goedkeuren", "{\"versie\":2}");
        assertEquals(403, popStap.status(), popStap.body());
        assertTrue(popStap.body().contains("na het maken van versie 2"), popStap.body());
        assertEquals(v2, bzk.get("api/dossiers/" + JAAR).object());
    }

    @Test
    @Order(7)
    void tweeBeoordelaarsParaferenEnDeOndertekenaarTekent() throws Exception {
        // Two reviewers approve in turn.
        for (String wie : List.of("bzk.beoordelaar", "bzk.directeur")) {
            b.login(wie);
            b.ga("dossier/dossier.xhtml?jaar=" + JAAR);
            b.klik("besluit:goedkeuren");
            assertTrue(b.tekst().contains("U heeft versie 2 geparafeerd"), b.tekst());
            b.driver().manage().deleteAllCookies();
            mails(wie.equals("bzk.beoordelaar") ? 1 : 1);
        }
        // the last approval went to the signer
        // (the mail of the first approval went to the director, of the second to the signer: checked below)

        // The puppet signer, whose role is younger than version 2, is refused; nothing changes.
        JsonObject goedgekeurd = bzk.get("api/dossiers/" + JAAR).object();
        Api.Antwoord popTeken = Api.als(basis, "pop.teken", POPWACHTWOORD)
                .post("api/dossiers/" + JAAR + "/ondertekenen", "{\"versie\":2}");
        assertEquals(403, popTeken.status(), popTeken.body());
        assertTrue(popTeken.body().contains("na het maken van versie 2"), popTeken.body());
        assertEquals(goedgekeurd, bzk.get("api/dossiers/" + JAAR).object());

        // The signer signs; everyone involved hears of it.
        b.login("ondertekenaar");
        b.ga("dossier/taken.xhtml");
        assertTrue(b.tekst(By.id("taken")).contains("Onderteken versie 2"), b.tekst());
        b.ga("dossier/dossier.xhtml?jaar=" + JAAR);
        b.klik("besluit:ondertekenen");
        assertTrue(b.tekst().contains("De set is ondertekend en gearchiveerd"), b.tekst());
        b.driver().manage().deleteAllCookies();
        List<MimeMessage> getekend = mails(4);
        assertEquals(
                Set.of(
                        "bzk@spreiding.example",
                        "bzk.beoordelaar@spreiding.example",
                        "bzk.directeur@spreiding.example",
                        "ondertekenaar@spreiding.example"),
                ontvangers(getekend));
        assertTrue(
                getekend.get(0).getSubject().equals("Ondertekend: briefdossier stand spreiding " + JAAR),
                getekend.get(0).getSubject());

        JsonObject dossier = bzk.get("api/dossiers/" + JAAR).object();
        assertEquals("ONDERTEKEND", dossier.getString("status"));
    }

    /**
     * Issue 31: the signed Kamerbrief has the form of a letter to the Kamer, with the dossier's Betreft and kenmerk and,
     * its date left open, the signing date; read back from the archived PDF.
     */
    @Test
    @Order(8)
    void ondertekendeBriefHeeftGeadresseerdeBetreftKenmerkEnDatum() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        JsonObject brief = archivaris.get("api/archief?jaar=" + JAAR).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("soort").equals("KAMERBRIEF")
                        && "2024-0000123456".equals(s.getString("kenmerk", null)))
                .max(Comparator.comparingLong(s -> s.getJsonNumber("id").longValue()))
                .orElseThrow();
        byte[] pdf = archivaris
                .download("api/archief/" + brief.getJsonNumber("id").longValue() + "/pdf")
                .body();
        String tekst = PdfControle.tekst(pdf);
        // the logo this server is configured with (spreiding.brief.logo), on the first page only, with its text
        assertEquals(1, PdfControle.afbeeldingen(pdf, 1));
        assertEquals(0, PdfControle.afbeeldingen(pdf, 2));
        assertTrue(
                PdfControle.structuur(pdf).stream().anyMatch(r -> r.strip().startsWith("Figure alt=\"Logo van BZK\"")),
                PdfControle.structuur(pdf).toString());
        Set<String> vandaag = Set.of(
                Nederlands.datum(LocalDate.now(Tijd.ZONE)),
                Nederlands.datum(LocalDate.now(Tijd.ZONE).minusDays(1)));
        assertTrue(
                tekst.contains("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
                        && tekst.contains("Betreft Stand van zaken spreiding rijkswerkgelegenheid " + JAAR)
                        && tekst.contains("Ons kenmerk 2024-0000123456")
                        && vandaag.stream().anyMatch(d -> tekst.contains("Datum " + d)),
                tekst);
        assertFalse(tekst.contains("(datum van ondertekening)"), tekst);
        // The archive record keeps them, and the MDTO export of the record says them.
        assertEquals("Stand van zaken spreiding rijkswerkgelegenheid " + JAAR, brief.getString("betreft"));
        String datum = Nederlands.datum(LocalDate.parse(brief.getString("briefdatum")));
        assertTrue(vandaag.contains(datum), datum);
        assertTrue(tekst.contains("Datum " + datum), tekst);
        String mdto = mdtoVan(archivaris, brief.getJsonNumber("id").longValue());
        assertTrue(
                mdto.contains("Betreft: Stand van zaken spreiding rijkswerkgelegenheid " + JAAR
                                + ". Datum van de brief: " + datum + ".")
                        && mdto.contains("2024-0000123456"),
                mdto);
    }

    @Test
    @Order(9)
    void archiefToontDeParafenEnDeRoute() throws Exception {
        long beslisnota = bzk.get("api/dossiers/" + JAAR)
                .object()
                .getJsonNumber("beslisnotaMetParafen")
                .longValue();
        // The signed beslisnota carries the paraaf block; the archive shows the route.
        Api archivaris = Api.als(basis, "archivaris");
        JsonObject stuk = archivaris.get("api/archief?jaar=" + JAAR).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("documentId").longValue() == beslisnota)
                .findFirst()
                .orElseThrow();
        stukId = stuk.getJsonNumber("id").longValue();
        String pdfTekst = PdfControle.tekst(
                archivaris.download("api/archief/" + stukId + "/pdf").body());
        assertTrue(
                pdfTekst.contains("Parafen")
                        && pdfTekst.contains("Afdelingshoofd Sanne Bakker")
                        && pdfTekst.contains("Directeur Joost Mulder"),
                pdfTekst);
        assertFalse(pdfTekst.contains("nog niet geparafeerd"), pdfTekst);
        JsonObject verificatie =
                archivaris.get("api/archief/" + stukId + "/verificatie").object();
        assertTrue(verificatie.getBoolean("geldig"), verificatie.toString());

        b.login("archivaris");
        b.ga("archief/stuk.xhtml?id=" + stukId);
        String route = b.tekst(By.id("route"));
        assertTrue(
                route.contains("Sanne Bakker")
                        && route.contains("Teruggestuurd als Afdelingshoofd (stap 1, versie 1)")
                        && route.contains("Geparafeerd als Directeur (stap 2, versie 2)"),
                route);
        b.foto("archief-route");
    }

    @Test
    @Order(10)
    void mdtoExportBewaartDeRouteAlsEventsXmlVeilig() throws Exception {
        Api archivaris = Api.als(basis, "archivaris");
        // The MDTO export keeps the route as events, and still validates against the schema. Issue 30, finding 4:
        // a control character in a return comment, stored before the input rule (seeded here through SQL), once
        // made the export of every document of the signed year fail with 500; now every XML writer makes text
        // XML-safe (a vertical tab becomes a line break).
        assertEquals(
                1,
                TestDatabase.wijzig(
                        "UPDATE beoordeling_opmerking SET tekst = ? WHERE beoordeling_id = (SELECT MIN(b.id)"
                                + " FROM beoordeling b JOIN briefdossier d ON d.id = b.dossier_id"
                                + " WHERE d.jaar = ? AND b.besluit = 'TERUGGESTUURD') AND volgorde = 0",
                        "Kop klopt niet\u000bzie de bijlage\u0001.",
                        JAAR));
        for (String pad : List.of("api/archief/" + stukId + "/export.zip", "api/archief/export.zip?jaar=" + JAAR)) {
            HttpResponse<byte[]> export = archivaris.download(pad);
            assertEquals(200, export.statusCode(), pad);
            boolean gezien = false;
            boolean opmerking = false;
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] inhoud = in.readAllBytes();
                    if (e.getName().endsWith(".xml")) {
                        if (e.getName().endsWith(".mdto.xml")) {
                            Mdto.valideer(e.getName(), inhoud);
                        } else {
                            DocumentBuilderFactory.newInstance()
                                    .newDocumentBuilder()
                                    .parse(new ByteArrayInputStream(inhoud));
                        }
                    }
                    String xml = new String(inhoud, StandardCharsets.UTF_8);
                    gezien |= xml.contains("Geparafeerd als Afdelingshoofd (stap 1, versie 2)");
                    opmerking |= xml.contains("Kop klopt niet\nzie de bijlage\uFFFD.");
                }
            }
            assertTrue(gezien, "de parafering staat als event in de MDTO-export: " + pad);
            assertTrue(opmerking, "de opmerking staat XML-veilig in de export: " + pad);
        }
    }

    @Test
    @Order(11)
    void dePaginasVanDeRouteVoldoenAanWcag() {
        // The workflow's pages pass axe (WCAG 2.1 A/AA), as every page of the application must.
        for (String pagina :
                List.of("dossier-ingediend", "mijn-taken", "dossier-beoordelen", "dossier-verschil", "archief-route")) {
            assertEquals(List.of(), Browser.SCHENDINGEN.get(pagina), pagina);
        }
    }

    @Test
    @Order(12)
    void elkeStapStaatInHetAuditspoor() {
        // Every step is in the audit trail.
        List<String> acties = Api.als(basis, "admin")
                .get("api/audit?entiteit=Briefdossier&max=100")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(a -> a.getString("actie"))
                .toList();
        assertTrue(
                acties.containsAll(List.of(
                        "DOSSIER_AANGEMAAKT",
                        "DOSSIER_TEKST_GEWIJZIGD",
                        "DOSSIER_VERSIE_GEMAAKT",
                        "DOSSIER_INGEDIEND",
                        "DOSSIER_TERUGGESTUURD",
                        "DOSSIER_GEPARAFEERD",
                        "DOSSIER_ONDERTEKEND")),
                acties.toString());
    }

    /**
     * Issue 31: a signed year is corrected, never silently. Without a reason, or by a signer, nothing happens; a
     * coordinator opens a replacement that starts from the signed set and goes the same route; once signed, its records
     * replace the old set's in the archive (the old records stay as they were, shown as vervangen) and the MDTO export
     * relates them both ways.
     */
    /**
     * Issue 31: the demo's archived letter of 2025 was made through its dossier at start-up, drafted, approved and
     * signed by the demo's own people, so the demo shows one set for that year and no dossier can make a second.
     */
    @Test
    @Order(0)
    void deDemoOndertekendeDeBriefVan2025InZijnDossier() {
        JsonObject demo = bzk.get("api/dossiers/2025").object();
        assertEquals("ONDERTEKEND", demo.getString("status"), demo.toString());
        assertEquals("bzk", demo.getString("opsteller"));
        assertEquals("Ondertekenaar BZK", demo.getString("ondertekenaarNaam"));
        assertEquals(
                List.of("Sanne Bakker", "Joost Mulder"),
                bzk.get("api/dossiers/2025/beoordelingen").array().getValuesAs(JsonObject.class).stream()
                        .map(x -> x.getString("naam"))
                        .toList());
        assertEquals("31 490", demo.getJsonObject("briefgegevens").getString("kamerstuk"));
        // its four records are the dossier's, signed in the signatory's name
        long beslisnota = demo.getJsonNumber("beslisnotaMetParafen").longValue();
        List<JsonObject> stukken = Api.als(basis, "archivaris")
                .get("api/archief?jaar=2025&kamerstuk=31+490")
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(4, stukken.size(), stukken.toString());
        assertTrue(
                stukken.stream().anyMatch(x -> x.getJsonNumber("documentId").longValue() == beslisnota),
                stukken.toString());
        Api.Antwoord tweede = bzk.post("api/dossiers", "{\"jaar\":2025}");
        assertEquals(409, tweede.status(), tweede.body());
    }

    @Test
    @Order(13)
    void eenOndertekendJaarWordtVervangenNooitStil() throws Exception {
        JsonObject ondertekend = bzk.get("api/dossiers/" + JAAR).object();
        assertTrue(
                bzk.get("dossier/dossier.xhtml?jaar=" + JAAR).body().contains("id=\"vervangen\""),
                "the signed dossier's page offers the replacement (the dossier's own rule)");
        Api.Antwoord zonderReden = bzk.post("api/dossiers/" + JAAR + "/vervanging", "{\"reden\":\" \"}");
        assertEquals(400, zonderReden.status(), zonderReden.body());
        assertTrue(zonderReden.body().contains("Veld reden"), zonderReden.body());
        assertEquals(
                403,
                ondertekenaar
                        .post("api/dossiers/" + JAAR + "/vervanging", "{\"reden\":\"x\"}")
                        .status());
        assertEquals(ondertekend, bzk.get("api/dossiers/" + JAAR).object(), "a refusal changes nothing");

        Api.Antwoord geopend =
                bzk.post("api/dossiers/" + JAAR + "/vervanging", "{\"reden\":\"Tabel 3 telde Flevoland dubbel\"}");
        assertEquals(201, geopend.status(), geopend.body());
        JsonObject nieuw = geopend.object();
        assertEquals(2, nieuw.getInt("volgnummer"));
        assertEquals("IN_BEWERKING", nieuw.getString("status"));
        assertEquals("Tabel 3 telde Flevoland dubbel", nieuw.getString("vervangingsreden"));
        assertEquals(
                "2024-0000123456", nieuw.getJsonObject("briefgegevens").getString("kenmerk"), "details carried over");
        assertEquals(
                2,
                bzk.get("api/dossiers/" + JAAR).object().getInt("volgnummer"),
                "the year's dossier is now the replacement");
        String vervangingspagina = bzk.get("dossier/dossier.xhtml?jaar=" + JAAR).body();
        assertTrue(
                vervangingspagina.contains("Tabel 3 telde Flevoland dubbel")
                        && !vervangingspagina.contains("id=\"vervangen\""),
                "the replacement says what it replaces and is not offered for replacement itself");

        Api.Antwoord tekst = bzk.put(
                "api/dossiers/" + JAAR + "/teksten/KERN",
                "{\"tekst\":\"Tabel 3 is verbeterd.\",\"versieSlot\":"
                        + nieuw.getJsonNumber("versieSlot").longValue() + "}");
        assertEquals(200, tekst.status(), tekst.body());
        Api.Antwoord versie = bzk.post(
                "api/dossiers/" + JAAR + "/versies",
                "{\"versieSlot\":" + tekst.object().getJsonNumber("versieSlot").longValue() + "}");
        assertEquals(201, versie.status(), versie.body());
        assertEquals(
                200,
                bzk.post("api/dossiers/" + JAAR + "/indienen", "{\"versie\":1}").status());
        for (Api wie : List.of(beoordelaar, Api.als(basis, "bzk.directeur"))) {
            Api.Antwoord paraaf = wie.post("api/dossiers/" + JAAR + "/goedkeuren", "{\"versie\":1}");
            assertEquals(200, paraaf.status(), paraaf.body());
        }
        Api.Antwoord getekend = ondertekenaar.post("api/dossiers/" + JAAR + "/ondertekenen", "{\"versie\":1}");
        assertEquals(200, getekend.status(), getekend.body());

        Api archivaris = Api.als(basis, "archivaris");
        List<JsonObject> brieven =
                archivaris.get("api/archief?jaar=" + JAAR).array().getValuesAs(JsonObject.class).stream()
                        .filter(x -> x.getString("soort").equals("KAMERBRIEF")
                                && "2024-0000123456".equals(x.getString("kenmerk", null)))
                        .sorted(Comparator.comparingLong(
                                x -> x.getJsonNumber("id").longValue()))
                        .toList();
        assertEquals(2, brieven.size(), brieven.toString());
        JsonObject oud = brieven.get(0);
        JsonObject vervanger = brieven.get(1);
        long oudId = oud.getJsonNumber("id").longValue();
        long nieuwId = vervanger.getJsonNumber("id").longValue();
        assertEquals(nieuwId, oud.getJsonNumber("vervangenDoor").longValue());
        assertEquals(oudId, vervanger.getJsonNumber("vervangt").longValue());
        String pagina = archivaris.get("archief/index.xhtml?jaar=" + JAAR).body();
        assertTrue(pagina.contains("(vervangen)"), "the archive list shows the old set as vervangen");
        // each record page names the other set by when it was signed, not by a number
        String oudePagina = archivaris.get("archief/stuk.xhtml?id=" + oudId).body();
        assertTrue(
                oudePagina.matches("(?s).*id=\"vervangen-door\">door\\s*<a href=\"[^\"]*stuk\\.xhtml\\?id=" + nieuwId
                        + "\">de set ondertekend op \\d+ \\p{L}+ \\d{4}.*"),
                oudePagina);
        String nieuwePagina = archivaris.get("archief/stuk.xhtml?id=" + nieuwId).body();
        assertTrue(
                nieuwePagina.matches("(?s).*id=\"vervangt\">\\s*<a href=\"[^\"]*stuk\\.xhtml\\?id=" + oudId
                        + "\">de set ondertekend op \\d+ \\p{L}+ \\d{4}.*"),
                nieuwePagina);
        assertTrue(mdtoVan(archivaris, nieuwId).contains("<begripLabel>Vervangt</begripLabel>")
                && mdtoVan(archivaris, nieuwId).contains("spreiding-archiefstuk-" + oudId));
        assertTrue(mdtoVan(archivaris, oudId).contains("<begripLabel>Is vervangen door</begripLabel>")
                && mdtoVan(archivaris, oudId).contains("spreiding-archiefstuk-" + nieuwId));
        assertTrue(
                mdtoVan(archivaris, nieuwId).contains("Geparafeerd als"),
                "the replacement's letter carries its own route, though it was dated when signed");
    }

    /**
     * The two forms of issue 31 as a coordinator sees them, for the user guide, and free of WCAG violations: the
     * exception for a provisional year on the rounds page (2026, open in the demo) and the replacement of a signed set
     * (the demo's 2025). Nothing is submitted.
     */
    @Test
    @Order(14)
    void deFormulierenVoorUitzonderingEnVervanging() {
        try (Browser x = Browser.open(basis)) {
            x.login("bzk.directeur");
            x.ga("bzk/rondes.xhtml?verwachting=2026");
            x.typ("uitzondering-form:uitzonderingReden", "Kamervragen over de stand van nu");
            assertEquals(List.of(), x.toegankelijkheid());
            x.foto("ronde-uitzondering");
            x.ga("dossier/dossier.xhtml?jaar=2025");
            x.typ("vervangen:reden", "Tabel 3 telde Flevoland dubbel");
            assertEquals(List.of(), x.toegankelijkheid());
            x.foto("dossier-vervangen");
        }
    }

    /** The record's own MDTO (not the file's), from its export, checked against the schema. */
    private static String mdtoVan(Api archivaris, long stuk) throws Exception {
        HttpResponse<byte[]> export = archivaris.download("api/archief/" + stuk + "/export.zip");
        assertEquals(200, export.statusCode());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(export.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] inhoud = in.readAllBytes();
                if (e.getName().endsWith(".mdto.xml") && !e.getName().endsWith(".bestand.mdto.xml")) {
                    Mdto.valideer(e.getName(), inhoud);
                    return new String(inhoud, StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("geen MDTO van archiefstuk " + stuk);
    }

    private static By tekstvak(int blok) {
        return By.cssSelector("textarea[name$=':" + blok + ":tekst'][name^='teksten']");
    }

    /** Waits for exactly this many new mails, returns them and empties the mailboxes. */
    private List<MimeMessage> mails(int aantal) throws Exception {
        assertTrue(
                smtp.waitForIncomingEmail(20_000, aantal),
                "verwacht " + aantal + " mails, kreeg " + smtp.getReceivedMessages().length);
        Thread.sleep(500);
        List<MimeMessage> m = Arrays.asList(smtp.getReceivedMessages());
        assertEquals(
                aantal, m.size(), m.stream().map(DossierIT::onderwerp).toList().toString());
        smtp.purgeEmailFromAllMailboxes();
        return m;
    }

    private static String onderwerp(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static Set<String> ontvangers(List<MimeMessage> mails) throws Exception {
        Set<String> s = new TreeSet<>();
        for (MimeMessage m : mails) {
            s.addAll(Arrays.stream(m.getAllRecipients())
                    .map(a -> ((InternetAddress) a).getAddress())
                    .collect(Collectors.toSet()));
        }
        return s;
    }
}
