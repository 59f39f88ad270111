package nl.bzk.spreiding.archive;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.bzk.spreiding.archive.ondertekening.DssVerificatie;
import nl.bzk.spreiding.archive.ondertekening.OntwikkelSleutels;
import nl.bzk.spreiding.archive.ondertekening.Pdfvoorcontrole;
import nl.bzk.spreiding.archive.ondertekening.Sleutelmateriaal;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-scan before EU DSS: the archive's own files pass, bombs, deep nesting and non-PDFs do not (issue 30). */
class PdfvoorcontroleTest {

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
    void eenOndertekendDocumentVanHetArchiefBlijftBinnenDeGrenzen() {
        assertDoesNotThrow(() -> Pdfvoorcontrole.controleer(ondertekend, Pdfvoorcontrole.STANDAARD));
    }

    @Test
    void eenBomInEenBijwerkingNaDeHandtekeningWordtGeweigerdVoordatDssHemLeest() throws Exception {
        // 100 kB that unpack to some 100 MB (ArchiefIT sends the 1,7 MB one of the security test to the server).
        byte[] bom = Pdfbom.metBom(ondertekend, 100_000);
        var e = assertThrows(
                Pdfvoorcontrole.Buitengrenzen.class, () -> Pdfvoorcontrole.controleer(bom, Pdfvoorcontrole.STANDAARD));
        assertTrue(e.getMessage().startsWith("Pagina 1 pakt uit tot meer dan 16 MB"), e.getMessage());
        // DssVerificatie runs the same scan first: DSS never sees the file.
        assertThrows(
                Pdfvoorcontrole.Buitengrenzen.class,
                () -> DssVerificatie.rapport(bom, null, sleutel.vertrouwd(), DssVerificatie.Bron.BUITEN));
    }

    @Test
    void eenBijwerkingUitpaktTeltMeeVoorHetHeleDocument() throws Exception {
        // About 12 MB on page 1: under the page's bound, over a document bound of 10 MB.
        Pdfvoorcontrole.Grenzen krap =
                new Pdfvoorcontrole.Grenzen(5L << 20, 32, 100_000, 500, 16L << 20, 10L << 20, 64, 50_000_000L);
        byte[] bom = Pdfbom.metBom(ondertekend, 12_000);
        assertDoesNotThrow(() -> Pdfvoorcontrole.controleer(bom, Pdfvoorcontrole.STANDAARD));
        var e = assertThrows(Pdfvoorcontrole.Buitengrenzen.class, () -> Pdfvoorcontrole.controleer(bom, krap));
        assertTrue(e.getMessage().contains("in totaal uit tot meer dan 10 MB"), e.getMessage());
    }

    @Test
    void geenPdfDiepGenestTeVeelPaginasWordenGeweigerd() throws Exception {
        var geen = assertThrows(
                Pdfvoorcontrole.Buitengrenzen.class,
                () -> Pdfvoorcontrole.controleer(
                        "geen pdf".getBytes(StandardCharsets.US_ASCII), Pdfvoorcontrole.STANDAARD));
        assertTrue(geen.getMessage().contains("geen PDF-document"), geen.getMessage());

        byte[] genest;
        try (PDDocument d = new PDDocument()) {
            PDPage p = new PDPage();
            d.addPage(p);
            COSArray buiten = new COSArray();
            COSArray binnen = buiten;
            for (int i = 0; i < 100; i++) {
                COSArray volgende = new COSArray();
                binnen.add(volgende);
                binnen = volgende;
            }
            p.getCOSObject().setItem(COSName.getPDFName("Diep"), buiten);
            genest = opgeslagen(d);
        }
        var diep = assertThrows(
                Pdfvoorcontrole.Buitengrenzen.class,
                () -> Pdfvoorcontrole.controleer(genest, Pdfvoorcontrole.STANDAARD));
        assertTrue(diep.getMessage().contains("dieper genest dan 64 niveaus"), diep.getMessage());
        byte[] zeerDiep = ("%PDF-1.7\n1 0 obj\n" + "[".repeat(20_000) + "]".repeat(20_000) + "\nendobj\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThrows(
                Pdfvoorcontrole.Buitengrenzen.class,
                () -> Pdfvoorcontrole.controleer(zeerDiep, Pdfvoorcontrole.STANDAARD));

        byte[] veel;
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < 501; i++) {
                d.addPage(new PDPage());
            }
            veel = opgeslagen(d);
        }
        var paginas = assertThrows(
                Pdfvoorcontrole.Buitengrenzen.class, () -> Pdfvoorcontrole.controleer(veel, Pdfvoorcontrole.STANDAARD));
        assertTrue(paginas.getMessage().contains("meer dan 500 pagina's"), paginas.getMessage());
    }

    private static byte[] opgeslagen(PDDocument d) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        d.save(uit);
        return uit.toByteArray();
    }
}
