package nl.bzk.spreiding.documents.opmaak;

import java.time.OffsetDateTime;

/**
 * What the document says about itself (PDF Info and XMP): taken from the root element of the markup, so the
 * template decides them, plus the moment of generation and, for a provisional year, its status ({@code voorlopig},
 * printed on every page whatever the template says) and the letter head's logo ({@code logo}, null without one), which
 * come from the snapshot.
 */
public record Metagegevens(
        String titel,
        String auteur,
        String onderwerp,
        String kamerstuk,
        String vergaderjaar,
        String kenmerk,
        String datum,
        OffsetDateTime moment,
        String voorlopig,
        Logo logo) {

    public String trefwoorden() {
        StringBuilder s = new StringBuilder("rijkswerkgelegenheid; spreiding");
        if (kamerstuk != null && !kamerstuk.isBlank()) {
            s.append("; Kamerstuk ").append(kamerstuk);
        }
        if (vergaderjaar != null && !vergaderjaar.isBlank()) {
            s.append("; vergaderjaar ").append(vergaderjaar);
        }
        return s.toString();
    }
}
