package nl.bzk.spreiding.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bzk.spreiding.archive.ondertekening.Documenttijdstempel;
import nl.bzk.spreiding.archive.ondertekening.DssVerificatie;
import nl.bzk.spreiding.archive.ondertekening.OntwikkelSleutels;
import nl.bzk.spreiding.archive.ondertekening.PadesOndertekenaar;
import nl.bzk.spreiding.archive.ondertekening.Sleutelmateriaal;
import nl.bzk.spreiding.archive.ondertekening.Tijdstempelaar;
import nl.bzk.spreiding.archive.ondertekening.Verificatierapport;
import nl.bzk.spreiding.documents.PdfControle;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;
import nl.bzk.spreiding.platform.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PAdES B-T: a real RFC 3161 exchange over HTTP with a small time-stamp authority run by the test (Bouncy Castle's
 * token generator behind the JDK's HTTP server), then the signature checked by our verification and by EU DSS.
 */
class TijdstempelTest {

    @TempDir
    Path map;

    @Test
    void handtekeningMetTijdstempelIsBaselineT() throws Exception {
        try (ProefTsa tsa = new ProefTsa(Duration.ofDays(1))) {
            X509Certificate tsaCert = tsa.certificaat;
            AtomicInteger verzoeken = tsa.verzoeken;
            Sleutelmateriaal sleutel = OntwikkelSleutels.laadOfMaak(map.resolve("ondertekening"));
            byte[] pdf = Documentopmaak.maak(
                            "<document titel=\"Proef\"><alinea>Met tijdstempel.</alinea></document>",
                            Map.of(),
                            Provinciegeometrie.schematisch(),
                            OffsetDateTime.now())
                    .pdf();
            Tijdstempelaar stempelaar = new Tijdstempelaar(tsa.adres());
            byte[] ondertekend =
                    PadesOndertekenaar.onderteken(pdf, sleutel, "Test", "Proef", new GregorianCalendar(), stempelaar);

            assertEquals(1, verzoeken.get(), "one request to the time-stamp authority");
            Verificatierapport r = DssVerificatie.rapport(
                    ondertekend,
                    Sha256.van(ondertekend),
                    List.of(sleutel.vertrouwd().get(0), tsaCert),
                    DssVerificatie.Bron.ARCHIEF);
            assertTrue(r.geldig(), r.toString());
            assertTrue(
                    r.niveau().startsWith("PAdES-BASELINE-T") || r.niveau().startsWith("PAdES-BASELINE-LT"),
                    r.niveau());
            DssControle.Uitkomst dss = DssControle.valideer(
                    ondertekend, List.of(sleutel.vertrouwd().get(0), tsaCert));
            assertTrue(
                    dss.niveau().startsWith("PAdES-BASELINE-T") || dss.niveau().startsWith("PAdES-BASELINE-LT"),
                    dss.toString());
            assertEquals(Indication.TOTAL_PASSED, dss.indicatie(), dss.toString());
            assertEquals(List.of(), PdfControle.pdfAenUaFouten(ondertekend));

            // B-LTA: a document time-stamp over everything, then a renewal on a forced short threshold.
            byte[] lta = Documenttijdstempel.voegToe(ondertekend, stempelaar);
            List<X509Certificate> wortels = List.of(sleutel.vertrouwd().get(0), tsaCert);
            Verificatierapport rLta =
                    DssVerificatie.rapport(lta, Sha256.van(lta), wortels, DssVerificatie.Bron.ARCHIEF);
            assertTrue(rLta.geldig(), rLta.toString());
            assertEquals("PAdES-BASELINE-LTA", rLta.niveau(), rLta.toString());
            assertEquals(List.of(), PdfControle.pdfAenUaFouten(lta));
            Instant nu = Instant.now();
            assertEquals(
                    null,
                    Documenttijdstempel.moetVernieuwen(lta, Duration.ofHours(1), nu),
                    "the TSA certificate runs another day");
            String reden = Documenttijdstempel.moetVernieuwen(lta, Duration.ofDays(2), nu);
            assertTrue(reden != null && reden.contains("verloopt"), reden);
            byte[] vernieuwd = Documenttijdstempel.voegToe(lta, stempelaar);
            assertEquals(2, Documenttijdstempel.stempels(vernieuwd).size());
            Verificatierapport rVernieuwd =
                    DssVerificatie.rapport(vernieuwd, Sha256.van(vernieuwd), wortels, DssVerificatie.Bron.ARCHIEF);
            assertTrue(rVernieuwd.geldig(), rVernieuwd.toString());
            assertEquals("PAdES-BASELINE-LTA", rVernieuwd.niveau());
            assertEquals(List.of(), PdfControle.pdfAenUaFouten(vernieuwd));
        }
    }
}
