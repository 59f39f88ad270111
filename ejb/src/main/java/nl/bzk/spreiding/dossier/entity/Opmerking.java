package nl.bzk.spreiding.dossier.entity;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Locale;
import nl.bzk.spreiding.documents.entity.Documentsoort;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Tekst;

/**
 * A reviewer's comment on one document of the set, one text block, or the dossier as a whole. The subject is stored
 * as its code (a {@link Documentsoort}, a {@link Tekstblok} or ALGEMEEN); people read {@link #getOnderwerpLabel()}.
 */
@Embeddable
public class Opmerking {

    public static final String ALGEMEEN = "ALGEMEEN";
    public static final int MAX_LENGTE = 4000;

    private String onderwerp;
    private String tekst;

    protected Opmerking() {}

    public Opmerking(String onderwerp, String tekst) {
        String o = onderwerp == null || onderwerp.isBlank()
                ? ALGEMEEN
                : onderwerp.strip().toUpperCase(Locale.ROOT);
        if (!isOnderwerp(o)) {
            throw new IllegalArgumentException("'" + onderwerp + "' is geen document of tekstblok van het dossier");
        }
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("Een opmerking heeft tekst");
        }
        if (tekst.length() > MAX_LENGTE) {
            throw new IllegalArgumentException("Een opmerking is ten hoogste " + MAX_LENGTE + " tekens");
        }
        // The text rule (multi-line): a comment reaches mail bodies, the paraaf block, the audit trail and the MDTO
        // export; line breaks are stored as line feeds.
        String fout = Tekst.alineaFout(tekst.strip(), MAX_LENGTE);
        if (fout != null) {
            throw Fout.ongeldig("Veld opmerking: " + fout);
        }
        this.onderwerp = o;
        this.tekst = Tekst.alinea(tekst.strip());
    }

    static boolean isOnderwerp(String code) {
        return ALGEMEEN.equals(code)
                || Arrays.stream(Documentsoort.values()).anyMatch(s -> s.name().equals(code))
                || Arrays.stream(Tekstblok.values()).anyMatch(b -> b.name().equals(code));
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public String getTekst() {
        return tekst;
    }

    public String getOnderwerpLabel() {
        if (ALGEMEEN.equals(onderwerp)) {
            return "Het dossier als geheel";
        }
        return Arrays.stream(Documentsoort.values())
                .filter(s -> s.name().equals(onderwerp))
                .map(Documentsoort::getLabel)
                .findFirst()
                .orElseGet(() -> "Tekstblok " + Tekstblok.valueOf(onderwerp).getLabel());
    }
}
