package nl.bzk.spreiding.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The one fingerprint used for templates, snapshots, geometry and files: SHA-256 as lower-case hex. */
public final class Sha256 {

    private Sha256() {}

    public static String van(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String van(String tekst) {
        return van(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
