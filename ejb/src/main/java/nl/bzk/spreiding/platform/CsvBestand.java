package nl.bzk.spreiding.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file Spreiding hands out: UTF-8 with byte-order mark and semicolons (what Dutch spreadsheets open directly),
 * with text that a spreadsheet would run as a formula (starting with = + - @ tab or carriage return) made harmless by a
 * leading apostrophe (CSV injection). Numbers, negative ones included, stay numbers. Reading a CSV back, {@link #herstel}
 * removes that apostrophe again.
 */
public final class CsvBestand {

    private static final Pattern GETAL = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final String FORMULETEKENS = "=+-@\t\r";

    private CsvBestand() {}

    public static byte[] schrijf(List<String> kop, List<List<String>> rijen) {
        StringWriter uit = new StringWriter();
        uit.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                uit,
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setRecordSeparator("\n")
                        .get())) {
            printer.printRecord(kop.stream().map(CsvBestand::neutraliseer).toList());
            for (List<String> rij : rijen) {
                printer.printRecord(rij.stream().map(CsvBestand::neutraliseer).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String neutraliseer(String cel) {
        if (cel == null
                || cel.isEmpty()
                || FORMULETEKENS.indexOf(cel.charAt(0)) < 0
                || GETAL.matcher(cel).matches()) {
            return cel == null ? "" : cel;
        }
        return "'" + cel;
    }

    /** The cell as the user wrote it: the apostrophe that {@link #schrijf} put before a formula character removed. */
    public static String herstel(String cel) {
        return cel != null && cel.length() > 1 && cel.charAt(0) == '\'' && FORMULETEKENS.indexOf(cel.charAt(1)) >= 0
                ? cel.substring(1)
                : cel;
    }
}
