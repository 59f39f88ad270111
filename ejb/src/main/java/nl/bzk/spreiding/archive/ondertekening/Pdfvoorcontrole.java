package nl.bzk.spreiding.archive.ondertekening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.platform.Nederlands;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The bounds a PDF must keep before EU DSS (or PDFBox, for a renewal) reads it. DSS parses every revision, compares
 * their objects and, for its visual comparison, renders every page; a small file can hide a stream that unpacks to
 * gigabytes (a "Flate bomb") or objects nested thousands deep, and cost minutes of CPU and hundreds of MB of heap.
 * This scan reads each revision with PDFBox and unpacks every stream into a counter (never into memory as a whole),
 * stopping at the first bound it passes: file size, revisions, objects, pages, nesting, unpacked bytes per page and per
 * document, image pixels. A file within these bounds costs DSS at most a few seconds (docs/security.md).
 */
public final class Pdfvoorcontrole {

    /** The bounds; {@link #STANDAARD} fits the documents this application makes with a wide margin. */
    public record Grenzen(
            long bytes,
            int revisies,
            int objecten,
            int paginas,
            long uitgepaktPerPagina,
            long uitgepaktPerDocument,
            int nesting,
            long pixelsPerAfbeelding) {}

    public static final Grenzen STANDAARD =
            new Grenzen(5L * 1024 * 1024, 32, 100_000, 500, 16L * 1024 * 1024, 64L * 1024 * 1024, 64, 50_000_000L);

    /** Image codecs: their data is counted as stored, not decoded (a renderer would; the pixel bound covers that). */
    private static final Set<COSName> BEELDFILTERS =
            Set.of(COSName.DCT_DECODE, COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE);

    private static final byte[] EINDE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** Why a file is refused, in the archivist's words; the file was not checked and nothing was stored. */
    public static final class Buitengrenzen extends Exception {
        Buitengrenzen(String melding) {
            super(melding);
        }
    }

    private final Grenzen grenzen;
    private long uitgepaktTotaal;
    /** Per revision: streams already measured (one stream is counted once per page and once per revision). */
    private Map<COSStream, Long> gemeten;

    private Pdfvoorcontrole(Grenzen grenzen) {
        this.grenzen = grenzen;
    }

    /** Scans {@code pdf}; returns normally when every bound holds. */
    public static void controleer(byte[] pdf, Grenzen grenzen) throws Buitengrenzen {
        new Pdfvoorcontrole(grenzen).scan(pdf);
    }

    /** Whether the file starts like a PDF ({@code %PDF-} in its first kilobyte, as readers accept). */
    public static boolean lijktOpPdf(byte[] inhoud) {
        return inhoud != null && zoek(inhoud, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, 1024) >= 0;
    }

    private void scan(byte[] pdf) throws Buitengrenzen {
        if (pdf.length > grenzen.bytes()) {
            throw new Buitengrenzen("Het bestand is groter dan " + mb(grenzen.bytes()) + ".");
        }
        if (!lijktOpPdf(pdf)) {
            throw new Buitengrenzen("Het bestand is geen PDF-document.");
        }
        List<Integer> einden = revisieEinden(pdf);
        if (einden.size() > grenzen.revisies()) {
            throw new Buitengrenzen("Het bestand heeft meer dan " + grenzen.revisies() + " versies (bijwerkingen).");
        }
        // Every earlier revision is a document of its own to DSS (the signed version); the whole file is the last.
        List<Integer> delen = new ArrayList<>(einden);
        if (delen.isEmpty() || delen.get(delen.size() - 1) < pdf.length) {
            delen.add(pdf.length);
        }
        for (int i = 0; i < delen.size(); i++) {
            boolean laatste = i == delen.size() - 1;
            scanRevisie(laatste ? pdf : Arrays.copyOf(pdf, delen.get(i)), laatste);
        }
    }

    private void scanRevisie(byte[] revisie, boolean laatste) throws Buitengrenzen {
        gemeten = new IdentityHashMap<>();
        try (PDDocument doc = Loader.loadPDF(revisie)) {
            if (doc.isEncrypted()) {
                throw new Buitengrenzen(
                        "Het bestand is versleuteld; een versleuteld document controleert Spreiding niet.");
            }
            COSDocument cos = doc.getDocument();
            Map<COSObjectKey, Long> xref = cos.getXrefTable();
            if (xref.size() > grenzen.objecten()) {
                throw new Buitengrenzen(
                        "Het bestand bevat meer dan " + Nederlands.geheel(grenzen.objecten()) + " objecten.");
            }
            int paginas = doc.getNumberOfPages();
            if (paginas > grenzen.paginas()) {
                throw new Buitengrenzen("Het bestand heeft meer dan " + grenzen.paginas() + " pagina's.");
            }
            int nummer = 0;
            for (PDPage pagina : doc.getPages()) {
                nummer++;
                long opPagina = pagina(pagina.getCOSObject(), nummer);
                if (opPagina > grenzen.uitgepaktPerPagina()) {
                    throw teVeelOpPagina(nummer);
                }
            }
            // Streams no page uses (fonts, metadata, or objects an update left behind) count for the document.
            for (COSObjectKey sleutel : xref.keySet()) {
                COSBase object = cos.getObjectFromPool(sleutel).getObject();
                nesting(object);
                if (object instanceof COSStream stroom) {
                    uitgepakt(stroom, 0);
                }
            }
        } catch (InvalidPasswordException e) {
            throw new Buitengrenzen("Het bestand is met een wachtwoord beveiligd; dat controleert Spreiding niet.");
        } catch (IOException e) {
            if (laatste) {
                throw new Buitengrenzen("Het bestand is geen leesbaar PDF-document.");
            }
            // An earlier "%%EOF" that does not end a readable revision (inside a stream, say): DSS will not read it
            // as a document either.
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays and dictionaries recursively; a file nested deeper than the stack is
            // refused here rather than reaching DSS.
            throw new Buitengrenzen("Het bestand is dieper genest dan " + grenzen.nesting() + " niveaus.");
        }
    }

    /** Unpacked bytes of a page: its content streams and the forms and images its resources reach, each once. */
    private long pagina(COSDictionary pagina, int nummer) throws Buitengrenzen, IOException {
        long som = 0;
        Deque<COSBase> werk = new ArrayDeque<>();
        Set<COSBase> gezien = Collections.newSetFromMap(new IdentityHashMap<>());
        duw(werk, pagina.getDictionaryObject(COSName.CONTENTS));
        duw(werk, pagina.getDictionaryObject(COSName.RESOURCES));
        while (!werk.isEmpty()) {
            COSBase b = werk.pop();
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b == null || !gezien.add(b)) {
                continue;
            }
            if (gezien.size() > grenzen.objecten()) {
                throw new Buitengrenzen("Pagina " + nummer + " gebruikt meer dan "
                        + Nederlands.geheel(grenzen.objecten()) + " objecten.");
            }
            if (b instanceof COSStream s) {
                som += uitgepakt(s, nummer);
                if (som > grenzen.uitgepaktPerPagina()) {
                    throw teVeelOpPagina(nummer);
                }
                duw(werk, s.getDictionaryObject(COSName.RESOURCES));
            } else if (b instanceof COSArray a) {
                a.forEach(werk::push);
            } else if (b instanceof COSDictionary d) {
                // Resources: XObjects, patterns, fonts (Type 3 glyph streams) and their nested dictionaries.
                d.getValues().forEach(werk::push);
            }
        }
        return som;
    }

    /** An absent entry (null) is simply not there to walk; the work list takes no null. */
    private static void duw(Deque<COSBase> werk, COSBase waarde) {
        if (waarde != null) {
            werk.push(waarde);
        }
    }

    private Buitengrenzen teVeelOpPagina(int nummer) {
        return new Buitengrenzen("Pagina " + nummer + " pakt uit tot meer dan " + mb(grenzen.uitgepaktPerPagina())
                + " (een zogenoemde zip-bom?).");
    }

    /**
     * Unpacked size of one stream, measured once per revision and added to the document's total; {@code pagina} is the
     * page that uses it (for the message), 0 for none.
     */
    private long uitgepakt(COSStream stroom, int pagina) throws Buitengrenzen, IOException {
        Long bekend = gemeten.get(stroom);
        if (bekend != null) {
            return bekend;
        }
        pixels(stroom);
        long grens = Math.min(grenzen.uitgepaktPerPagina(), grenzen.uitgepaktPerDocument() - uitgepaktTotaal);
        long lengte = meet(stroom, grens);
        if (lengte > grens) {
            if (lengte > grenzen.uitgepaktPerPagina() && pagina > 0) {
                throw teVeelOpPagina(pagina);
            }
            throw lengte > grenzen.uitgepaktPerPagina()
                    ? new Buitengrenzen("Een onderdeel van het bestand pakt uit tot meer dan "
                            + mb(grenzen.uitgepaktPerPagina()) + " (een zogenoemde zip-bom?).")
                    : new Buitengrenzen(
                            "Het bestand pakt in totaal uit tot meer dan " + mb(grenzen.uitgepaktPerDocument()) + ".");
        }
        uitgepaktTotaal += lengte;
        gemeten.put(stroom, lengte);
        return lengte;
    }

    /** Decodes filter by filter into a counter that stops one byte past {@code grens}; image codecs are not run. */
    private static long meet(COSStream stroom, long grens) throws IOException {
        List<COSName> filters = filters(stroom.getFilters());
        byte[] gegevens;
        try (InputStream ruw = stroom.createRawInputStream()) {
            gegevens = ruw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, grens + 1));
        }
        for (int i = 0; i < filters.size() && gegevens.length <= grens; i++) {
            if (BEELDFILTERS.contains(filters.get(i))) {
                break;
            }
            Begrensd uit = new Begrensd(grens);
            try {
                FilterFactory.INSTANCE
                        .getFilter(filters.get(i))
                        .decode(new ByteArrayInputStream(gegevens), uit, stroom, i);
            } catch (IOException | RuntimeException e) {
                // Past the bound (whatever the filter wrapped that in), or a stream its own filter cannot read, which
                // is no larger than what was read so far; DSS reports such a file.
            }
            if (uit.vol) {
                return grens + 1;
            }
            gegevens = uit.toByteArray();
        }
        return gegevens.length;
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName n) {
            return List.of(n);
        }
        List<COSName> lijst = new ArrayList<>();
        if (filters instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    lijst.add(n);
                }
            }
        }
        return lijst;
    }

    private void pixels(COSStream stroom) throws Buitengrenzen {
        if (COSName.IMAGE.equals(stroom.getCOSName(COSName.SUBTYPE))) {
            long breedte = Math.max(0, stroom.getLong(COSName.WIDTH));
            long hoogte = Math.max(0, stroom.getLong(COSName.HEIGHT));
            if (breedte * hoogte > grenzen.pixelsPerAfbeelding() || breedte > 1_000_000 || hoogte > 1_000_000) {
                throw new Buitengrenzen("Een afbeelding in het bestand is groter dan "
                        + Nederlands.geheel(grenzen.pixelsPerAfbeelding() / 1_000_000) + " miljoen beeldpunten.");
            }
        }
    }

    /** The depth of arrays and dictionaries inside one object (references are objects of their own). */
    private void nesting(COSBase object) throws Buitengrenzen {
        record Niveau(COSBase waarde, int diepte) {}
        Deque<Niveau> werk = new ArrayDeque<>();
        werk.push(new Niveau(object, 1));
        while (!werk.isEmpty()) {
            Niveau n = werk.pop();
            if (n.diepte() > grenzen.nesting()) {
                throw new Buitengrenzen("Het bestand is dieper genest dan " + grenzen.nesting() + " niveaus.");
            }
            if (n.waarde() instanceof COSArray a) {
                for (COSBase b : a) {
                    werk.push(new Niveau(b, n.diepte() + 1));
                }
            } else if (n.waarde() instanceof COSDictionary d) {
                for (COSBase b : d.getValues()) {
                    werk.push(new Niveau(b, n.diepte() + 1));
                }
            }
        }
    }

    /** Where each revision ends: after every "%%EOF" and the end of line that follows it. */
    private static List<Integer> revisieEinden(byte[] pdf) {
        List<Integer> einden = new ArrayList<>();
        for (int i = zoek(pdf, EINDE, 0, pdf.length); i >= 0; i = zoek(pdf, EINDE, i + EINDE.length, pdf.length)) {
            int einde = i + EINDE.length;
            if (einde < pdf.length && pdf[einde] == '\r') {
                einde++;
            }
            if (einde < pdf.length && pdf[einde] == '\n') {
                einde++;
            }
            einden.add(einde);
            if (einden.size() > 1_000) {
                break;
            }
        }
        return einden;
    }

    private static int zoek(byte[] in, byte[] wat, int vanaf, int tot) {
        int grens = Math.min(in.length, tot) - wat.length;
        for (int i = vanaf; i <= grens; i++) {
            int j = 0;
            while (j < wat.length && in[i + j] == wat[j]) {
                j++;
            }
            if (j == wat.length) {
                return i;
            }
        }
        return -1;
    }

    private static String mb(long bytes) {
        return Nederlands.geheel(bytes / (1024 * 1024)) + " MB";
    }

    /** An output stream that keeps at most {@code grens} bytes and stops the decoder when more come. */
    private static final class Begrensd extends OutputStream {
        static final class Vol extends IOException {
            Vol() {
                super("grens bereikt", null);
            }
        }

        private final long grens;
        private final ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
        private boolean vol;

        Begrensd(long grens) {
            this.grens = grens;
        }

        @Override
        public void write(int b) throws IOException {
            if (inhoud.size() + 1L > grens) {
                vol = true;
                throw new Vol();
            }
            inhoud.write(b);
        }

        @Override
        public void write(byte[] b, int begin, int lengte) throws IOException {
            if (inhoud.size() + (long) lengte > grens) {
                vol = true;
                throw new Vol();
            }
            inhoud.write(b, begin, lengte);
        }

        byte[] toByteArray() {
            return inhoud.toByteArray();
        }
    }
}
