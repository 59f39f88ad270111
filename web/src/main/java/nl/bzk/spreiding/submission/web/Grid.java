package nl.bzk.spreiding.submission.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.submission.service.Getal;

/**
 * The totals of the submission grid as typed, before saving: overall and per unit, over all pages. The page shows
 * them without JavaScript (computed at each post); grid.js keeps them current while the contact types, adding the
 * rows on the page to the part outside it that is given here. Public, as the page's expressions read it.
 */
public final class Grid {

    private Grid() {}

    /** @param buitenPagina the FTE of the unit's rows that are not on the page shown */
    public record Onderdeeltotaal(String code, String naam, BigDecimal totaal, BigDecimal buitenPagina) {}

    public record Totalen(BigDecimal totaal, BigDecimal buitenPagina, List<Onderdeeltotaal> perOnderdeel) {}

    /**
     * @param eerste the index of the first row on the page, {@code pagina} rows from there are on it
     * @param onderdelen the ministry's units, for their names (in this order)
     */
    static Totalen totalen(List<RijModel> rijen, int eerste, int pagina, List<Organisatieonderdeel> onderdelen) {
        Map<String, BigDecimal[]> perCode = new LinkedHashMap<>();
        BigDecimal totaal = BigDecimal.ZERO;
        BigDecimal buiten = BigDecimal.ZERO;
        for (int i = 0; i < rijen.size(); i++) {
            RijModel rij = rijen.get(i);
            // What is not (yet) a valid number counts as nothing; the save says what is wrong with it.
            BigDecimal fte = Getal.lees(rij.getFte()).waarde();
            if (fte == null) {
                continue;
            }
            boolean opPagina = i >= eerste && i < eerste + pagina;
            totaal = totaal.add(fte);
            buiten = opPagina ? buiten : buiten.add(fte);
            if (rij.getOnderdeel() != null) {
                BigDecimal[] som = perCode.computeIfAbsent(
                        rij.getOnderdeel(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                som[0] = som[0].add(fte);
                som[1] = opPagina ? som[1] : som[1].add(fte);
            }
        }
        List<Onderdeeltotaal> perOnderdeel = new ArrayList<>();
        for (Organisatieonderdeel o : onderdelen) {
            BigDecimal[] som = perCode.get(o.getCode());
            perOnderdeel.add(new Onderdeeltotaal(
                    o.getCode(),
                    o.benaming().volledigeNaam(),
                    som == null ? BigDecimal.ZERO : som[0],
                    som == null ? BigDecimal.ZERO : som[1]));
        }
        return new Totalen(totaal, buiten, perOnderdeel);
    }
}
