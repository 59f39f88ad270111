package nl.bzk.spreiding.archive;

import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.Map;
import nl.bzk.spreiding.archive.ondertekening.PadesOndertekenaar;
import nl.bzk.spreiding.archive.ondertekening.Sleutelmateriaal;
import nl.bzk.spreiding.documents.opmaak.Documentopmaak;
import nl.bzk.spreiding.documents.opmaak.Provinciegeometrie;

/** A small letter as the application makes it, signed (PAdES) with the given key: the unit tests' signed PDF. */
public final class Proefdocument {

    private Proefdocument() {}

    public static byte[] ondertekend(Sleutelmateriaal sleutel) {
        byte[] pdf = Documentopmaak.maak(
                        "<document titel=\"Proef\" kamerstuk=\"29 697, nr. 160\"><kop>Proef</kop><alinea>"
                                + "De totale rijkswerkgelegenheid is gegroeid tot 367.131 fte.</alinea></document>",
                        Map.of(),
                        Provinciegeometrie.schematisch(),
                        OffsetDateTime.parse("2026-11-23T10:00:00+01:00"))
                .pdf();
        return PadesOndertekenaar.onderteken(
                pdf, sleutel, "Coördinator BZK", "Vastgesteld", new GregorianCalendar(), null);
    }
}
