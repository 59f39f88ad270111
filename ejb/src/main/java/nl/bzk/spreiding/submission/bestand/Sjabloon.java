package nl.bzk.spreiding.submission.bestand;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.bzk.spreiding.platform.CsvBestand;
import nl.bzk.spreiding.platform.Nederlands;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The downloadable template of a ministry: its lines with last year's figures as a starting point,
 * plus (in XLSX) a sheet with the valid codes.
 */
public final class Sjabloon {

    private Sjabloon() {}

    public record Rij(
            String onderdeel,
            String naam,
            String provincie,
            String provincienaam,
            String gemeente,
            BigDecimal fteVorigJaar,
            BigDecimal fte,
            List<BigDecimal> prognose,
            String toelichting) {}

    public record Code(String code, String naam, String soort) {}

    public static List<String> kop(List<String> prognoseKolommen) {
        List<String> kop = new ArrayList<>(
                List.of("onderdeel", "naam", "provincie", "provincienaam", "gemeente", "fte_vorig_jaar", "fte"));
        kop.addAll(prognoseKolommen);
        kop.add("toelichting");
        return kop;
    }

    /** CSV for Dutch spreadsheets: UTF-8 with byte-order mark, semicolons, decimal comma; text cannot become a formula. */
    public static byte[] csv(List<String> prognoseKolommen, List<Rij> rijen) {
        List<List<String>> cellen = new ArrayList<>();
        for (Rij rij : rijen) {
            List<String> r = new ArrayList<>(List.of(
                    rij.onderdeel(),
                    rij.naam(),
                    rij.provincie(),
                    rij.provincienaam(),
                    rij.gemeente(),
                    komma(rij.fteVorigJaar()),
                    komma(rij.fte())));
            rij.prognose().forEach(p -> r.add(komma(p)));
            r.add(rij.toelichting() == null ? "" : rij.toelichting());
            cellen.add(r);
        }
        return CsvBestand.schrijf(kop(prognoseKolommen), cellen);
    }

    public static byte[] xlsx(List<String> prognoseKolommen, List<Rij> rijen, List<Code> codes) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            Workbook werkboek = new Workbook(uit, "Spreiding", "1.0");
            Worksheet blad = werkboek.newWorksheet("Aanlevering");
            List<String> kop = kop(prognoseKolommen);
            for (int k = 0; k < kop.size(); k++) {
                blad.value(0, k, kop.get(k));
                blad.style(0, k).bold().set();
            }
            int r = 1;
            for (Rij rij : rijen) {
                int k = 0;
                blad.value(r, k++, rij.onderdeel());
                blad.value(r, k++, rij.naam());
                blad.value(r, k++, rij.provincie());
                blad.value(r, k++, rij.provincienaam());
                blad.value(r, k++, rij.gemeente());
                getal(blad, r, k++, rij.fteVorigJaar());
                getal(blad, r, k++, rij.fte());
                for (BigDecimal p : rij.prognose()) {
                    getal(blad, r, k++, p);
                }
                blad.value(r, k, rij.toelichting());
                r++;
            }
            Worksheet codeblad = werkboek.newWorksheet("Codes");
            codeblad.value(0, 0, "code");
            codeblad.value(0, 1, "naam");
            codeblad.value(0, 2, "soort");
            int c = 1;
            for (Code code : codes) {
                codeblad.value(c, 0, code.code());
                codeblad.value(c, 1, code.naam());
                codeblad.value(c, 2, code.soort());
                c++;
            }
            werkboek.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static void getal(Worksheet blad, int r, int k, BigDecimal waarde) {
        if (waarde != null) {
            blad.value(r, k, waarde);
        }
    }

    private static String komma(BigDecimal waarde) {
        return Nederlands.invoer(waarde);
    }
}
