package nl.bzk.spreiding.archive.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The file format an archived PDF declares in its XMP (pdfaid part and conformance), with its PRONOM identifier:
 * documents from before tagging are PDF/A-2b (fmt/477), tagged ones PDF/A-2a (fmt/476). Read from the file itself,
 * so the export states what each stored file is.
 */
record Pdfformaat(String label, String pronom) {

    private static final Pattern DEEL = Pattern.compile("pdfaid:part(?:>|=\")(\\d)");
    private static final Pattern NIVEAU = Pattern.compile("pdfaid:conformance(?:>|=\")([ABUabu])");

    static Pdfformaat van(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDMetadata metadata = d.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return new Pdfformaat("PDF", "fmt/276");
            }
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher deel = DEEL.matcher(xmp);
            Matcher niveau = NIVEAU.matcher(xmp);
            if (!deel.find() || !niveau.find() || !"2".equals(deel.group(1))) {
                return new Pdfformaat("PDF", "fmt/276");
            }
            return switch (niveau.group(1).toUpperCase(Locale.ROOT)) {
                case "A" -> new Pdfformaat("PDF/A-2a", "fmt/476");
                case "U" -> new Pdfformaat("PDF/A-2u", "fmt/478");
                default -> new Pdfformaat("PDF/A-2b", "fmt/477");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
