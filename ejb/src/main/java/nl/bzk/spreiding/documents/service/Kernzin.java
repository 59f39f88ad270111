package nl.bzk.spreiding.documents.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.opmaak.Sjabloonmotor;
import nl.bzk.spreiding.figures.service.Afronding;
import nl.bzk.spreiding.figures.service.Dashboard;
import nl.bzk.spreiding.figures.service.Jaarstatus;

/**
 * The dashboard's opening sentence. Its wording is a template (sjablonen/KERNZIN.ftl) filled from the same snapshot
 * paths as the Kamerbrief's first paragraph, with the same rounding and signs, so page and letter say the same thing
 * and no Java code re-writes the letter.
 */
public final class Kernzin {

    private static final String SJABLOON = StandaardSjablonen.tekst("KERNZIN");

    private Kernzin() {}

    /** @param selectie whether the figures are those of a sector or ministry only */
    public static String van(Dashboard.Beeld beeld, boolean selectie) {
        Jaarstatus status = beeld.jaarstatus();
        if (status != null && !status.definitief()) {
            // Issue 31: a provisional year is no total and no change; say what the figures are.
            return "Voorlopig: de goedgekeurde aanleveringen" + (selectie ? " (selectie)" : "") + " tellen op tot "
                    + Afronding.fte(beeld.totaal()) + " fte op 1 januari " + beeld.jaar()
                    + (status.verwacht() > 0
                            ? ", van " + status.goedgekeurd() + " van de " + status.verwacht()
                                    + " verwachte ministeries"
                            : "")
                    + ". Dit is niet de totale rijkswerkgelegenheid op die datum.";
        }
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("cijfers", Momentopname.alsBoom(MomentopnameOpbouw.cijfers(beeld, Map.of(), Map.of(), Set.of())));
        gegevens.put("selectie", selectie);
        // The engine writes XML; the sentence holds only figures, dates and fixed words, so nothing in it is escaped.
        return Sjabloonmotor.vul(SJABLOON, gegevens).strip();
    }
}
