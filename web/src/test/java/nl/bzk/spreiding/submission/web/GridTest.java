package nl.bzk.spreiding.submission.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import nl.bzk.spreiding.referentie.entity.Benaming;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import org.junit.jupiter.api.Test;

class GridTest {

    private static RijModel rij(String onderdeel, String fte) {
        RijModel rij = new RijModel();
        rij.setOnderdeel(onderdeel);
        rij.setFte(fte);
        return rij;
    }

    private static Organisatieonderdeel onderdeel(String code, String naam) {
        return new Organisatieonderdeel(code, Benaming.van(naam, code, "het"), null, null);
    }

    @Test
    void totalenOverAllePaginasMetHetDeelBuitenDePagina() {
        List<RijModel> rijen = List.of(
                rij("CJIB", "10,5"), // page 1 (rows 0-1)
                rij("DJI", "4"),
                rij("CJIB", "1.5"), // page 2 (rows 2-3)
                rij("CJIB", "tien"), // not a number: counts as nothing, the save says what is wrong
                rij(null, "7"), // no unit yet: in the total, in no unit's
                rij("DJI", "-2")); // negative: refused by the save, not counted
        Grid.Totalen t = Grid.totalen(
                rijen,
                2,
                2,
                List.of(
                        onderdeel("CJIB", "Centraal Justitieel Incassobureau"),
                        onderdeel("DJI", "Dienst Justitiële Inrichtingen"),
                        onderdeel("IND", "Immigratie- en Naturalisatiedienst")));
        assertEquals(new BigDecimal("23.00"), t.totaal());
        assertEquals(new BigDecimal("21.50"), t.buitenPagina(), "rows 0, 1 and 4 are not on the page");
        assertEquals(
                List.of(
                        new Grid.Onderdeeltotaal(
                                "CJIB",
                                "Centraal Justitieel Incassobureau (CJIB)",
                                new BigDecimal("12.00"),
                                new BigDecimal("10.50")),
                        new Grid.Onderdeeltotaal(
                                "DJI",
                                "Dienst Justitiële Inrichtingen (DJI)",
                                new BigDecimal("4.00"),
                                new BigDecimal("4.00")),
                        new Grid.Onderdeeltotaal(
                                "IND", "Immigratie- en Naturalisatiedienst (IND)", BigDecimal.ZERO, BigDecimal.ZERO)),
                t.perOnderdeel());
    }
}
