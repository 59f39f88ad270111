package nl.bzk.spreiding.submission.service;

import java.util.List;
import nl.bzk.spreiding.platform.Bevinding;
import nl.bzk.spreiding.platform.ValidatieFout;
import nl.bzk.spreiding.submission.bestand.Bestandsformaat;
import nl.bzk.spreiding.submission.bestand.Bestandsinlezer;
import nl.bzk.spreiding.submission.bestand.Ingelezen;
import nl.bzk.spreiding.submission.bestand.Kolomindeling;

/**
 * The front of every file import (a submission, the historical series): the kind of file, its rows in the given
 * layout, or a refusal that says why, before anything is looked up or stored.
 */
final class Bestandsinvoer {

    private Bestandsinvoer() {}

    record Gelezen<T>(Bestandsformaat formaat, List<T> regels) {}

    static <T> Gelezen<T> lees(String bestandsnaam, String mediaType, byte[] inhoud, Kolomindeling<T> indeling) {
        Bestandsformaat formaat = Bestandsformaat.herken(bestandsnaam, mediaType)
                .orElseThrow(() -> new ValidatieFout(
                        "Het bestand is niet ingelezen; er is niets opgeslagen.",
                        List.of(new Bevinding(
                                null, null, bestandsnaam, "is geen CSV- of XLSX-bestand (.csv of .xlsx)"))));
        Ingelezen<T> ingelezen = Bestandsinlezer.lees(inhoud, formaat, indeling);
        if (!ingelezen.fouten().isEmpty()) {
            throw new ValidatieFout(
                    Aanleveringen.samenvatting(ingelezen.fouten().size(), "het bestand"), ingelezen.fouten());
        }
        if (ingelezen.regels().isEmpty()) {
            throw new ValidatieFout(
                    "Het bestand is niet ingelezen; er is niets opgeslagen.",
                    List.of(new Bevinding(null, null, null, "Het bestand bevat geen regels met cijfers")));
        }
        return new Gelezen<>(formaat, ingelezen.regels());
    }
}
