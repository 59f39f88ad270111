package nl.bzk.spreiding.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.List;
import nl.bzk.spreiding.archive.ondertekening.DssVerificatie;
import nl.bzk.spreiding.archive.ondertekening.OntwikkelSleutels;
import nl.bzk.spreiding.archive.ondertekening.PadesOndertekenaar;
import nl.bzk.spreiding.archive.ondertekening.SleutelFout;
import nl.bzk.spreiding.archive.ondertekening.Sleutelmateriaal;
import nl.bzk.spreiding.archive.ondertekening.Sleutelopslag;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.documents.PdfControle;
import nl.bzk.spreiding.documents.StandaardSjablonenTest;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OndertekeningTest {

    @TempDir
    static Path map;

    private static Sleutelmateriaal sleutel;
    private static byte[] ondertekend;

    @BeforeAll
    static void onderteken() {
        sleutel = OntwikkelSleutels.laadOfMaak(map.resolve("ondertekening"));
        ondertekend = Proefdocument.ondertekend(sleutel);
    }

    @Test
    void ondertekendDocumentIsGeldigEnBlijftPdfA() throws Exception {
        Verificatierapport r = DssVerificatie.rapport(
                ondertekend, Sha256.van(ondertekend), sleutel.vertrouwd(), DssVerificatie.Bron.ARCHIEF);
        assertTrue(r.geldig(), r.toString());
        assertEquals("PAdES-BASELINE-B", r.niveau());
        assertEquals("TOTAL_PASSED", r.dss().indicatie());
        assertTrue(
                r.controles().stream()
                        .anyMatch(c -> c.naam().equals("Geen wijzigingen na ondertekening (EU DSS)") && c.geslaagd()),
                r.toString());
        assertTrue(r.ondertekenaar().contains("Spreiding documentondertekening"), r.ondertekenaar());
        assertTrue(r.dss().certificaat().startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(List.of(), PdfControle.pdfAenUaFouten(ondertekend));
        assertTrue(PdfControle.tekst(ondertekend).contains("gegroeid tot 367.131 fte"));
    }

    @Test
    void elkeDocumentsoortBlijftPdfUaEnPdfANaOndertekening() throws Exception {
        for (Documentsoort soort : Documentsoort.values()) {
            byte[] getekend = PadesOndertekenaar.onderteken(
                    StandaardSjablonenTest.maak(soort),
                    sleutel,
                    "Coördinator BZK",
                    "Vastgesteld",
                    new GregorianCalendar(),
                    null);
            assertEquals(List.of(), PdfControle.pdfAenUaFouten(getekend), soort.name());
        }
    }

    @Test
    void onafhankelijkeValidatorDss() {
        DssControle.Uitkomst u = DssControle.valideer(ondertekend, sleutel.vertrouwd());
        assertEquals(1, u.handtekeningen());
        assertEquals("PAdES-BASELINE-B", u.niveau());
        assertEquals(Indication.TOTAL_PASSED, u.indicatie(), u.toString());
    }

    @Test
    void eenGewijzigdeByteWordtOntdekt() throws Exception {
        String vastgelegd = Sha256.van(ondertekend);
        // a byte inside the signed page content (well before the signature dictionary)
        byte[] gewijzigd = ondertekend.clone();
        int plek = new String(gewijzigd, StandardCharsets.ISO_8859_1).indexOf("stream") + 40;
        gewijzigd[plek] ^= 0x01;
        Verificatierapport r =
                DssVerificatie.rapport(gewijzigd, vastgelegd, sleutel.vertrouwd(), DssVerificatie.Bron.ARCHIEF);
        assertFalse(r.geldig());
        assertFalse(r.controles().get(0).geslaagd(), "hash check");
        assertTrue(
                r.controles().stream()
                        .anyMatch(c -> c.naam().equals("Handtekening geldig (EU DSS)")
                                && !c.geslaagd()
                                && c.toelichting().startsWith("Ongeldig")),
                r.toString());
        assertTrue(DssControle.valideer(gewijzigd, sleutel.vertrouwd()).indicatie() != Indication.TOTAL_PASSED);
    }

    @Test
    void onbekendeWortelIsOngeldig() throws Exception {
        Sleutelmateriaal ander = OntwikkelSleutels.laadOfMaak(map.resolve("ander"));
        Verificatierapport r = DssVerificatie.rapport(
                ondertekend, Sha256.van(ondertekend), ander.vertrouwd(), DssVerificatie.Bron.ARCHIEF);
        assertFalse(r.geldig());
        assertTrue(
                r.controles().stream()
                        .anyMatch(c -> c.naam().equals("Handtekening geldig (EU DSS)")
                                && !c.geslaagd()
                                && c.toelichting().contains("geen keten naar een vertrouwd basiscertificaat")),
                r.toString());
    }

    @Test
    void ontwikkelsleutelWordtHergebruikt() {
        Sleutelmateriaal opnieuw = OntwikkelSleutels.laadOfMaak(map.resolve("ondertekening"));
        assertEquals(sleutel.certificaat(), opnieuw.certificaat());
    }

    @Test
    void fouteOfOntbrekendeWachtwoordenGevenEenDuidelijkeFout() throws Exception {
        Path p12 = map.resolve("ondertekening").resolve("ondertekening.p12");
        SleutelFout fout = assertThrows(
                SleutelFout.class, () -> Sleutelopslag.pkcs12(p12, "verkeerd".toCharArray(), null, List.of()));
        assertTrue(fout.getMessage().startsWith("Onjuist wachtwoord voor het sleutelbestand"), fout.getMessage());
        SleutelFout leeg =
                assertThrows(SleutelFout.class, () -> Sleutelopslag.pkcs12(p12, new char[0], null, List.of()));
        assertTrue(leeg.getMessage().startsWith("Geen wachtwoord voor het sleutelbestand"), leeg.getMessage());
        SleutelFout weg = assertThrows(
                SleutelFout.class,
                () -> Sleutelopslag.pkcs12(map.resolve("bestaat-niet.p12"), "x".toCharArray(), null, List.of()));
        assertTrue(weg.getMessage().startsWith("Sleutelbestand niet gevonden"), weg.getMessage());
        Files.writeString(map.resolve("kapot.p12"), "geen pkcs12");
        SleutelFout kapot = assertThrows(
                SleutelFout.class,
                () -> Sleutelopslag.pkcs12(map.resolve("kapot.p12"), "x".toCharArray(), null, List.of()));
        assertTrue(kapot.getMessage().contains("kapot.p12"), kapot.getMessage());
    }
}
