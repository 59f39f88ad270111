package nl.bzk.spreiding.documents.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.bzk.spreiding.documents.opmaak.Sjabloonmotor;
import nl.bzk.spreiding.figures.service.Dashboard;

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
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("cijfers", Momentopname.alsBoom(MomentopnameOpbouw.cijfers(beeld, Map.of(), Map.of(), Set.of())));
        gegevens.put("selectie", selectie);
        // The engine writes XML; the sentence holds only figures, dates and fixed words, so nothing in it is escaped.
        return Sjabloonmotor.vul(SJABLOON, gegevens).strip();
    }
}
