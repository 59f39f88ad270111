package nl.bzk.spreiding.submission.bestand;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import nl.bzk.spreiding.submission.service.Invoergrenzen;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Guards against decompression bombs before an XLSX package is read: counts the parts and inflates each one, counting
 * the bytes that really come out (the sizes a ZIP declares can lie), and stops at the first bound passed. It reads the
 * package the way the XLSX reader does (commons-compress, central directory), so both see the same parts.
 */
final class Zipcontrole {

    private Zipcontrole() {}

    /** Empty when the package stays within the bounds; otherwise the Dutch reason. */
    static Optional<String> controleer(byte[] inhoud) {
        long totaal = 0;
        int onderdelen = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(inhoud))
                .get()) {
            Enumeration<ZipArchiveEntry> items = zip.getEntries();
            while (items.hasMoreElements()) {
                ZipArchiveEntry item = items.nextElement();
                if (++onderdelen > Invoergrenzen.MAX_ZIP_ONDERDELEN) {
                    return Optional.of("Het XLSX-bestand bestaat uit meer dan " + Invoergrenzen.MAX_ZIP_ONDERDELEN
                            + " onderdelen; sla het opnieuw op vanuit Excel of gebruik het sjabloon");
                }
                long itemBytes = 0;
                try (InputStream in = zip.getInputStream(item)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        itemBytes += n;
                        totaal += n;
                        if (itemBytes > Invoergrenzen.MAX_UITGEPAKT_PER_ONDERDEEL
                                || totaal > Invoergrenzen.MAX_UITGEPAKT_TOTAAL) {
                            return Optional.of("Het XLSX-bestand is uitgepakt te groot (meer dan "
                                    + (itemBytes > Invoergrenzen.MAX_UITGEPAKT_PER_ONDERDEEL
                                            ? Invoergrenzen.MAX_UITGEPAKT_PER_ONDERDEEL / (1024 * 1024)
                                                    + " MB in het onderdeel " + item.getName()
                                            : Invoergrenzen.MAX_UITGEPAKT_TOTAAL / (1024 * 1024) + " MB in totaal")
                                    + "); een aanlevering past ruim binnen die grens");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException onleesbaar) {
            return Optional.of("Het bestand is geen leesbaar XLSX-bestand (Excel 2007 of nieuwer)");
        }
        return Optional.empty();
    }
}
