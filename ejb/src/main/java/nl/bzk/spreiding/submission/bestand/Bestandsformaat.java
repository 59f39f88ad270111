package nl.bzk.spreiding.submission.bestand;

import java.util.Locale;
import java.util.Optional;

public enum Bestandsformaat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extensie;

    Bestandsformaat(String mediaType, String extensie) {
        this.mediaType = mediaType;
        this.extensie = extensie;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getExtensie() {
        return extensie;
    }

    /** By file name first (what the user chose), else by media type. */
    public static Optional<Bestandsformaat> herken(String bestandsnaam, String mediaType) {
        String naam = bestandsnaam == null ? "" : bestandsnaam.toLowerCase(Locale.ROOT);
        for (Bestandsformaat f : values()) {
            if (naam.endsWith(f.extensie)) {
                return Optional.of(f);
            }
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        for (Bestandsformaat f : values()) {
            if (type.startsWith(f.mediaType)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
