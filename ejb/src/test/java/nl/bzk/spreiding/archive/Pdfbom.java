package nl.bzk.spreiding.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Attack files for the PDF check's bounds: a signed PDF with, in an incremental update after the signature, a page
 * content stream that unpacks to about a thousand times its size (a "Flate bomb"), as in the security test of issue
 * 30. Built here from zeros, so no attack file is kept in the repository.
 */
public final class Pdfbom {

    private Pdfbom() {}

    /**
     * {@code pdf} with its first page's content replaced by a Flate stream of about {@code bytes} compressed bytes
     * that unpack to about 1.030 times as many (deflating 1,7 GB of zeros for the 1,7 MB bomb takes some 8 s).
     */
    public static byte[] metBom(byte[] pdf, int bytes) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDPage pagina = d.getPage(0);
            COSStream bom = d.getDocument().createCOSStream();
            bom.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream uit = bom.createRawOutputStream()) {
                uit.write(nullen(bytes));
            }
            pagina.getCOSObject().setItem(COSName.CONTENTS, bom);
            pagina.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            d.saveIncremental(uit);
            return uit.toByteArray();
        }
    }

    /** Deflated zeros: about {@code bytes} long, about 1.030 times as many when unpacked. */
    static byte[] nullen(int bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] blok = new byte[1 << 20];
        ByteArrayOutputStream uit = new ByteArrayOutputStream(bytes + 1024);
        byte[] buffer = new byte[1 << 16];
        while (uit.size() < bytes) {
            deflater.setInput(blok);
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buffer);
                uit.write(buffer, 0, n);
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            uit.write(buffer, 0, n);
        }
        deflater.end();
        return uit.toByteArray();
    }
}
