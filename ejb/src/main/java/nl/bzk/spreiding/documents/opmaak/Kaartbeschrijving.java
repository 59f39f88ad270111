package nl.bzk.spreiding.documents.opmaak;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.figures.service.Afronding;

/**
 * The text alternative of a map: the template's description followed by the value of every province drawn, in the
 * order of the map's provinces and formatted as in the tables ("Groningen 12.345 fte; Fryslân 3,8 procent"), so a
 * reader who cannot see the colours gets the table the map summarises.
 */
final class Kaartbeschrijving {

    private Kaartbeschrijving() {}

    static String tekst(
            String omschrijving, Provinciegeometrie geometrie, Map<String, BigDecimal> waarden, String eenheid) {
        List<String> delen = new ArrayList<>();
        for (Provinciegeometrie.Gebied g : geometrie.gebieden().values()) {
            BigDecimal w = waarden.get(g.code());
            delen.add(g.naam() + " " + (w == null ? "geen gegevens" : waarde(w, eenheid)));
        }
        String basis = omschrijving.endsWith(".") ? omschrijving : omschrijving + ".";
        return basis + " Per provincie: " + String.join("; ", delen) + ".";
    }

    static String waarde(BigDecimal w, String eenheid) {
        if ("procent".equals(eenheid)) {
            return Afronding.procent(w) + " procent";
        }
        if ("fte".equals(eenheid)) {
            return Afronding.fte(w) + " fte";
        }
        return Afronding.procent(w) + (eenheid == null || eenheid.isBlank() ? "" : " " + eenheid);
    }
}
