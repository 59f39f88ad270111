package nl.bzk.spreiding.documents.opmaak;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The logo of a letter head (issue 31): a PNG file the organisation may use, configured, never shipped. PNG only: a
 * JPEG may be CMYK, which a PDF/A with an sRGB output intent cannot hold. It is
 * checked once, when it is read, so a letter never fails on it later; it goes into a document's snapshot, so the signed
 * letter is made with the logo its draft had.
 *
 * @param beeld the image file's bytes
 * @param tekst the text alternative a screen reader reads (PDF/UA)
 */
public record Logo(byte[] beeld, String tekst) {

    /** Larger files are refused: a logo is a small picture, and it travels with every letter's snapshot. */
    public static final int MAX_BYTES = 256 * 1024;

    static final int MAX_PIXELS = 2_000;
    /** The largest size on the page, in points: above the side column, in the top margin. */
    static final float BREEDTE = 120;

    static final float HOOGTE = 44;

    public Logo {
        controleer(beeld);
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("Het logo heeft geen tekstalternatief (spreiding.brief.logo-tekst)");
        }
        tekst = tekst.strip();
    }

    /** The logo as a snapshot keeps it; null without a logo. */
    public static Logo uitMomentopname(String base64, String tekst) {
        return base64 == null || base64.isBlank()
                ? null
                : new Logo(Base64.getDecoder().decode(base64), tekst);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(beeld);
    }

    /**
     * A PNG of at most {@link #MAX_BYTES} bytes and {@link #MAX_PIXELS} pixels a side; only the header is read
     * to learn the size, so a file that claims a huge picture is refused before it is decoded.
     */
    static void controleer(byte[] beeld) {
        if (beeld == null || beeld.length == 0) {
            throw new IllegalArgumentException("Het logo is leeg");
        }
        if (beeld.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    "Het logo is " + beeld.length / 1024 + " kB; ten hoogste " + MAX_BYTES / 1024 + " kB");
        }
        boolean png =
                beeld.length > 8 && (beeld[0] & 0xFF) == 0x89 && beeld[1] == 'P' && beeld[2] == 'N' && beeld[3] == 'G';
        if (!png) {
            throw new IllegalArgumentException("Het logo is geen PNG-bestand");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(beeld))) {
            var lezers = ImageIO.getImageReaders(in);
            if (!lezers.hasNext()) {
                throw new IllegalArgumentException("Het logo is geen leesbaar PNG-bestand");
            }
            ImageReader lezer = lezers.next();
            try {
                lezer.setInput(in);
                int b = lezer.getWidth(0);
                int h = lezer.getHeight(0);
                if (b < 1 || h < 1 || b > MAX_PIXELS || h > MAX_PIXELS) {
                    throw new IllegalArgumentException("Het logo is " + b + " bij " + h + " pixels; ten hoogste "
                            + MAX_PIXELS + " bij " + MAX_PIXELS);
                }
            } finally {
                lezer.dispose();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Het logo is geen leesbaar PNG-bestand", e);
        }
    }
}
