package nl.bzk.spreiding.submission.bestand;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.CsvBestand;
import nl.bzk.spreiding.submission.service.Invoergrenzen;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a file of figures (CSV with Apache Commons CSV, XLSX with FastExcel) into text rows of the given
 * {@link Kolomindeling}. It judges only the file: encoding, layout, size, formulas. The figures themselves are checked
 * by RegelControle (a submission) or Reekscontrole (the historical series).
 * <p>
 * Every bound of {@link Invoergrenzen} is checked while reading, so a hostile file (a decompression bomb, a sheet of
 * a million empty rows, a row of 16.000 cells, a cell of megabytes) is refused at the first bound it passes.
 */
public final class Bestandsinlezer {

    public static final int MAX_BYTES = Invoergrenzen.MAX_BYTES;
    public static final int MAX_RIJEN = Invoergrenzen.MAX_RIJEN;

    private Bestandsinlezer() {}

    public static <T> Ingelezen<T> lees(byte[] inhoud, Bestandsformaat formaat, Kolomindeling<T> indeling) {
        List<Bevinding> fouten = new ArrayList<>();
        if (inhoud == null || inhoud.length == 0) {
            return new Ingelezen<>(List.of(), List.of(new Bevinding(null, null, null, "Het bestand is leeg")));
        }
        if (inhoud.length > MAX_BYTES) {
            return new Ingelezen<>(
                    List.of(),
                    List.of(new Bevinding(
                            null,
                            null,
                            null,
                            "Het bestand is te groot (" + inhoud.length / 1024 + " kB); de grens is "
                                    + MAX_BYTES / (1024 * 1024) + " MB")));
        }
        List<T> regels =
                formaat == Bestandsformaat.CSV ? csv(inhoud, indeling, fouten) : xlsx(inhoud, indeling, fouten);
        return fouten.isEmpty() ? new Ingelezen<>(regels, List.of()) : new Ingelezen<>(List.of(), fouten);
    }

    private static <T> List<T> csv(byte[] inhoud, Kolomindeling<T> indeling, List<Bevinding> fouten) {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud))
                    .toString();
        } catch (CharacterCodingException e) {
            fouten.add(
                    new Bevinding(
                            regelVanByte(inhoud),
                            null,
                            null,
                            "Het bestand is niet in UTF-8 opgeslagen (bijvoorbeeld Windows-1252). Sla het op als 'CSV UTF-8' en probeer opnieuw"));
            return List.of();
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        String eersteRegel = tekst.lines().findFirst().orElse("");
        char scheiding = eersteRegel.indexOf(';') >= 0 ? ';' : ',';
        // Empty lines are read as rows (and then skipped by us), so they count against the row bound.
        CSVFormat formaat = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(scheiding)
                .setIgnoreEmptyLines(false)
                .get();
        List<T> regels = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(tekst, formaat)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                fouten.add(new Bevinding(null, null, null, "Het bestand heeft geen kopregel"));
                return List.of();
            }
            List<String> kop = records.next().toList();
            if (buitenGrenzen(0, kop, fouten)) {
                return List.of();
            }
            Kolommen kolommen = Kolommen.lees(kop, indeling, fouten);
            if (!fouten.isEmpty()) {
                return List.of();
            }
            int rij = 0;
            int gelezen = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (++gelezen > MAX_RIJEN) {
                    fouten.add(new Bevinding(null, null, null, Invoergrenzen.teVeelRijen()));
                    return List.of();
                }
                List<String> cellen = record.stream().map(CsvBestand::herstel).toList();
                if (cellen.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rij++;
                if (buitenGrenzen(rij, cellen, fouten)) {
                    return List.of();
                }
                regels.add(regel(rij, cellen, kop.size(), kolommen, indeling, fouten));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Not the parser's own text (English, with class names): the user needs to know what to look at.
            fouten.add(new Bevinding(
                    null,
                    null,
                    null,
                    "Het CSV-bestand is onleesbaar; controleer aanhalingstekens (een \" die niet "
                            + "wordt afgesloten) en scheidingstekens"));
            return List.of();
        }
        return regels;
    }

    private static <T> List<T> xlsx(byte[] inhoud, Kolomindeling<T> indeling, List<Bevinding> fouten) {
        Optional<String> bom = Zipcontrole.controleer(inhoud);
        if (bom.isPresent()) {
            fouten.add(new Bevinding(null, null, null, bom.get()));
            return List.of();
        }
        List<T> regels = new ArrayList<>();
        try (ReadableWorkbook werkboek = new ReadableWorkbook(new ByteArrayInputStream(inhoud))) {
            Sheet blad = werkboek.getFirstSheet();
            try (Stream<Row> rijen = blad.openStream()) {
                Iterator<Row> it = rijen.iterator();
                if (!it.hasNext()) {
                    fouten.add(new Bevinding(
                            null, null, null, "Het eerste werkblad is leeg; verwacht wordt een kopregel"));
                    return List.of();
                }
                Row kopRij = it.next();
                if (kopRij.getCellCount() > Invoergrenzen.MAX_CELLEN_PER_RIJ) {
                    fouten.add(teVeelCellen(0));
                    return List.of();
                }
                List<String> kop = new ArrayList<>();
                for (int i = 0; i < kopRij.getCellCount(); i++) {
                    kop.add(kopRij.getCell(i) == null ? "" : kopRij.getCell(i).getText());
                }
                if (buitenGrenzen(0, kop, fouten)) {
                    return List.of();
                }
                Kolommen kolommen = Kolommen.lees(kop, indeling, fouten);
                if (!fouten.isEmpty()) {
                    return List.of();
                }
                int rij = 0;
                int gelezen = 0;
                while (it.hasNext()) {
                    Row row = it.next();
                    // Empty rows count too, by number: a sheet can jump to row 1.000.000 with nothing in between.
                    if (++gelezen > MAX_RIJEN || row.getRowNum() > MAX_RIJEN + 1) {
                        fouten.add(new Bevinding(null, null, null, Invoergrenzen.teVeelRijen()));
                        return List.of();
                    }
                    if (row.getCellCount() > Invoergrenzen.MAX_CELLEN_PER_RIJ) {
                        fouten.add(teVeelCellen(rij + 1));
                        return List.of();
                    }
                    List<String> cellen = new ArrayList<>();
                    boolean leeg = true;
                    for (int i = 0; i < row.getCellCount(); i++) {
                        String waarde = cel(row.getCell(i), rij + 1, kop, i, fouten);
                        leeg &= waarde == null || waarde.isBlank();
                        cellen.add(waarde);
                    }
                    if (leeg) {
                        continue;
                    }
                    rij++;
                    if (buitenGrenzen(rij, cellen, fouten)) {
                        return List.of();
                    }
                    regels.add(regel(rij, cellen, kop.size(), kolommen, indeling, fouten));
                }
            }
        } catch (IOException | RuntimeException e) {
            fouten.add(new Bevinding(
                    null, null, null, "Het bestand is geen leesbaar XLSX-bestand (Excel 2007 of nieuwer)"));
            return List.of();
        }
        return regels;
    }

    /** True (with a finding) when a row has too many cells or a cell too many characters. */
    private static boolean buitenGrenzen(int rij, List<String> cellen, List<Bevinding> fouten) {
        if (cellen.size() > Invoergrenzen.MAX_CELLEN_PER_RIJ) {
            fouten.add(teVeelCellen(rij));
            return true;
        }
        for (int i = 0; i < cellen.size(); i++) {
            String waarde = cellen.get(i);
            if (waarde != null && waarde.length() > Invoergrenzen.MAX_TEKENS_PER_CEL) {
                fouten.add(new Bevinding(
                        rij == 0 ? null : rij,
                        "kolom " + (i + 1),
                        null,
                        "bevat meer dan " + Invoergrenzen.MAX_TEKENS_PER_CEL + " tekens"
                                + (rij == 0 ? " (kopregel)" : "")));
                return true;
            }
        }
        return false;
    }

    private static Bevinding teVeelCellen(int rij) {
        return new Bevinding(
                rij == 0 ? null : rij,
                null,
                null,
                "heeft meer dan " + Invoergrenzen.MAX_CELLEN_PER_RIJ + " cellen" + (rij == 0 ? " in de kopregel" : "")
                        + "; gebruik de kolommen van het sjabloon");
    }

    private static String cel(Cell cel, int rij, List<String> kop, int kolom, List<Bevinding> fouten) {
        if (cel == null) {
            return null;
        }
        String naam = kolom < kop.size() ? kop.get(kolom) : "kolom " + (kolom + 1);
        return switch (cel.getType()) {
            case EMPTY -> null;
            // The raw XML text keeps the number as stored ("12.5"), without binary floating-point noise.
            case NUMBER -> cel.getRawValue();
            case STRING -> cel.getText();
            case FORMULA -> {
                fouten.add(new Bevinding(rij, naam, "=" + cel.getFormula(), "is een formule; vul alleen waarden in"));
                yield null;
            }
            case BOOLEAN -> {
                fouten.add(new Bevinding(
                        rij, naam, cel.getRawValue(), "is een waar/onwaar-waarde; verwacht een getal of tekst"));
                yield null;
            }
            default -> {
                fouten.add(new Bevinding(rij, naam, cel.getRawValue(), "bevat een foutwaarde van de spreadsheet"));
                yield null;
            }
        };
    }

    private static <T> T regel(
            int rij,
            List<String> cellen,
            int kopBreedte,
            Kolommen kolommen,
            Kolomindeling<T> indeling,
            List<Bevinding> fouten) {
        if (kolommen.heeftWaardeBuitenKolommen(cellen, kopBreedte)) {
            fouten.add(new Bevinding(rij, null, null, "heeft meer cellen dan de kopregel kolommen heeft"));
        }
        return indeling.rij(rij, kolom -> kolommen.waarde(cellen, kolom));
    }

    /** The line on which undecodable bytes start, to point the user at it. */
    private static Integer regelVanByte(byte[] inhoud) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int regel = 0;
        int begin = 0;
        for (int i = 0; i <= inhoud.length; i++) {
            if (i == inhoud.length || inhoud[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(inhoud, begin, i - begin));
                } catch (CharacterCodingException e) {
                    return regel == 0 ? null : regel; // line 0 is the header; data rows count from 1
                }
                regel++;
                begin = i + 1;
            }
        }
        return null;
    }
}
