package nl.bzk.spreiding.documents.opmaak;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (SIL Open Font License 1.1, see fonts/liberation/LICENSE), embedded in every document: PDF/A
 * requires embedded fonts and the text must look the same on any machine in twenty years.
 */
final class Lettertypen {

    static final Color TEKST = new Color(0x15, 0x15, 0x15);
    static final Color RIJKSBLAUW = new Color(0x15, 0x42, 0x73);

    final BaseFont gewoon = laad("LiberationSans-Regular.ttf");
    final BaseFont vet = laad("LiberationSans-Bold.ttf");
    final BaseFont cursief = laad("LiberationSans-Italic.ttf");
    final BaseFont vetCursief = laad("LiberationSans-BoldItalic.ttf");

    Font font(float grootte, boolean isVet, boolean isCursief, Color kleur) {
        BaseFont b = isVet ? (isCursief ? vetCursief : vet) : (isCursief ? cursief : gewoon);
        return new Font(b, grootte, Font.NORMAL, kleur);
    }

    Font font(float grootte) {
        return font(grootte, false, false, TEKST);
    }

    private static BaseFont laad(String bestand) {
        String pad = "fonts/liberation/" + bestand;
        try (InputStream in = Lettertypen.class.getClassLoader().getResourceAsStream(pad)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype ontbreekt op het classpath: " + pad);
            }
            return BaseFont.createFont(bestand, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
