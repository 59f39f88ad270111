package nl.bzk.spreiding.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads generated PDFs back the way an archivist's tools would: text, map shapes, and a PDF/A validator (veraPDF). */
public final class PdfControle {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfControle() {}

    /** The text with all white space (line breaks included) collapsed to single spaces. */
    public static String tekst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // a no-break space (a sign kept with its number) reads as a space
            return new PDFTextStripper().getText(d).replaceAll("[\\s\u00a0]+", " ");
        }
    }

    /** The text as it stands, lines and no-break spaces kept. */
    public static String rauweTekst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text of one page (from 1), spaces as in {@link #tekst}. */
    public static String paginatekst(byte[] pdf, int pagina) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(pagina);
            s.setEndPage(pagina);
            return s.getText(d).replaceAll("[\\s\u00a0]+", " ");
        }
    }

    public static int paginas(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    /**
     * Empty when the file conforms to both PDF/A-2a and PDF/UA-1 according to veraPDF; otherwise the failed rules of
     * either profile, for the assertion message.
     */
    public static List<String> pdfAenUaFouten(byte[] pdf) throws Exception {
        List<String> fouten = new ArrayList<>(fouten(pdf, PDFAFlavour.PDFA_2_A));
        fouten.addAll(fouten(pdf, PDFAFlavour.PDFUA_1));
        return fouten;
    }

    /** Empty when veraPDF finds the file conforms to {@code profiel}; otherwise the failed rules. */
    public static List<String> fouten(byte[] pdf, PDFAFlavour profiel) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profiel);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(profiel, false)) {
            ValidationResult r = validator.validate(parser);
            List<String> fouten = new ArrayList<>();
            for (TestAssertion a : r.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    fouten.add(profiel.getId() + " " + a.getRuleId().getClause() + "-"
                            + a.getRuleId().getTestNumber() + ": " + a.getMessage());
                }
            }
            if (!r.isCompliant() && fouten.isEmpty()) {
                fouten.add("niet conform (zonder details)");
            }
            return fouten.stream().distinct().toList();
        }
    }

    /**
     * The structure tree, one line per element, indented two spaces per level: its type, then any Alt text, ID and
     * attributes (owner/name=value), then "mcid" for each piece of page content, "OBJR Link" for an annotation.
     */
    public static List<String> structuur(byte[] pdf) throws IOException {
        List<String> regels = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            COSDictionary wortel = d.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            if (wortel != null) {
                structuur(wortel.getDictionaryObject(COSName.K), 0, regels);
            }
        }
        return regels;
    }

    private static void structuur(COSBase b, int diepte, List<String> regels) {
        String inspringing = "  ".repeat(diepte);
        if (b instanceof COSObject o) {
            b = o.getObject();
        }
        if (b instanceof COSArray a) {
            a.forEach(k -> structuur(k, diepte, regels));
        } else if (b instanceof COSInteger) {
            regels.add(inspringing + "mcid");
        } else if (b instanceof COSDictionary d) {
            COSName type = d.getCOSName(COSName.TYPE);
            if (type != null && type.getName().equals("MCR")) {
                regels.add(inspringing + "mcid");
            } else if (type != null && type.getName().equals("OBJR")) {
                COSDictionary annotatie = d.getCOSDictionary(COSName.OBJ);
                regels.add(inspringing + "OBJR " + annotatie.getNameAsString(COSName.SUBTYPE) + " \""
                        + annotatie.getString(COSName.CONTENTS) + "\"");
            } else {
                StringBuilder r = new StringBuilder(inspringing).append(d.getNameAsString(COSName.S));
                if (d.getString(COSName.ALT) != null) {
                    r.append(" alt=\"").append(d.getString(COSName.ALT)).append('"');
                }
                if (d.getString(COSName.ID) != null) {
                    r.append(" id=").append(d.getString(COSName.ID));
                }
                if (d.getDictionaryObject(COSName.A) instanceof COSDictionary attr) {
                    for (COSName n : attr.keySet()) {
                        if (!n.equals(COSName.O) && attr.getDictionaryObject(n) instanceof COSName w) {
                            r.append(' ')
                                    .append(attr.getNameAsString(COSName.O))
                                    .append('/')
                                    .append(n.getName())
                                    .append('=')
                                    .append(w.getName());
                        }
                    }
                }
                regels.add(r.toString());
                structuur(d.getDictionaryObject(COSName.K), diepte + 1, regels);
            }
        }
    }

    /** How many image XObjects page {@code pagina} (from 1) draws directly. */
    public static int afbeeldingen(byte[] pdf, int pagina) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDResources r = d.getPage(pagina - 1).getResources();
            int n = 0;
            for (COSName naam : r.getXObjectNames()) {
                if (r.getXObject(naam) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Per province code marked in the map(s): how many filled paths its marked-content section holds. */
    public static List<String> kaartvlakken(byte[] pdf) throws IOException {
        List<String> vlakken = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage p : d.getPages()) {
                verzamel(p.getResources(), vlakken);
            }
        }
        return vlakken;
    }

    private static void verzamel(PDResources resources, List<String> vlakken) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName naam : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(naam);
            if (x instanceof PDFormXObject form) {
                lees(form, vlakken);
                verzamel(form.getResources(), vlakken);
            }
        }
    }

    private static void lees(PDContentStream stroom, List<String> vlakken) throws IOException {
        List<Object> tokens = new PDFStreamParser(stroom).parse();
        String huidige = null;
        int vullingen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op) {
                switch (op.getName()) {
                    case "BDC" -> {
                        if (tokens.get(i - 2) instanceof COSName tag
                                && "Provincie".equals(tag.getName())
                                && tokens.get(i - 1) instanceof COSDictionary props) {
                            huidige = props.getString(COSName.getPDFName("Code"));
                            vullingen = 0;
                        }
                    }
                    case "f", "F", "f*", "B", "B*", "b", "b*" -> vullingen++;
                    case "EMC" -> {
                        if (huidige != null) {
                            vlakken.add(huidige + ":" + vullingen);
                            huidige = null;
                        }
                    }
                    default -> {}
                }
            }
        }
    }
}
