package nl.bzk.spreiding.dossier.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What changed between two versions of a letter, read back from the PDFs themselves (not from the texts the drafter
 * typed), so the reviewer sees every difference the reader of the letter would: texts, figures, template changes.
 * Compared per sentence, because a changed word reflows the lines after it; page furniture is left out.
 */
public final class Tekstverschil {

    /** Bounds the work for any input: a letter of this set has a few hundred sentences. */
    static final int MAX_ZINNEN = 20_000;

    private static final Pattern ZINSEINDE = Pattern.compile("(?<=[.!?;:])\\s+(?=[\\p{Lu}\\d(“‘\"'–•-])");
    private static final Pattern PAGINANUMMER = Pattern.compile("(?m)^\\s*Pagina \\d+ van \\d+\\s*$");

    /** One change: sentences that went, sentences that came, or both (changed). */
    public record Wijziging(Soort soort, List<String> weg, List<String> erbij) {
        public enum Soort {
            WEG,
            ERBIJ,
            GEWIJZIGD
        }
    }

    private Tekstverschil() {}

    public static List<Wijziging> tussen(byte[] oudePdf, byte[] nieuwePdf) {
        return tussenTeksten(tekst(oudePdf), tekst(nieuwePdf));
    }

    static List<Wijziging> tussenTeksten(String oud, String nieuw) {
        List<String> a = zinnen(oud);
        List<String> b = zinnen(nieuw);
        List<Wijziging> uit = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            List<String> weg = List.copyOf(d.getSource().getLines());
            List<String> erbij = List.copyOf(d.getTarget().getLines());
            Wijziging.Soort soort = weg.isEmpty()
                    ? Wijziging.Soort.ERBIJ
                    : erbij.isEmpty() ? Wijziging.Soort.WEG : Wijziging.Soort.GEWIJZIGD;
            uit.add(new Wijziging(soort, weg, erbij));
        }
        return uit;
    }

    static List<String> zinnen(String tekst) {
        String schoon = PAGINANUMMER
                .matcher(tekst)
                .replaceAll(" ")
                .replaceAll("\\s+", " ")
                .strip();
        if (schoon.isEmpty()) {
            return List.of();
        }
        List<String> z = Arrays.stream(ZINSEINDE.split(schoon))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return z.size() > MAX_ZINNEN ? z.subList(0, MAX_ZINNEN) : z;
    }

    static String tekst(byte[] pdf) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
