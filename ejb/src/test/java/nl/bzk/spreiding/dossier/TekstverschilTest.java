package nl.bzk.spreiding.dossier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Differences per sentence, with page numbers left out. */
class TekstverschilTest {

    @Test
    void eenGewijzigdeZinEnEenNieuweZin() {
        String oud = "Stand van zaken. De groei was 3,7 procent.\nPagina 1 van 2\nEr zijn twee casussen.";
        String nieuw =
                "Stand van zaken. De groei was 3,8 procent.\nPagina 1 van 3\nEr zijn twee casussen. Stip op de horizon volgt.";
        List<Tekstverschil.Wijziging> w = Tekstverschil.tussenTeksten(oud, nieuw);
        assertEquals(2, w.size(), w.toString());
        assertEquals(Tekstverschil.Wijziging.Soort.GEWIJZIGD, w.get(0).soort());
        assertEquals(List.of("De groei was 3,7 procent."), w.get(0).weg());
        assertEquals(List.of("De groei was 3,8 procent."), w.get(0).erbij());
        assertEquals(Tekstverschil.Wijziging.Soort.ERBIJ, w.get(1).soort());
        assertEquals(List.of("Stip op de horizon volgt."), w.get(1).erbij());
    }

    @Test
    void gelijkeTekstGeenVerschilOokAlsRegelsAndersAflopen() {
        assertEquals(
                List.of(),
                Tekstverschil.tussenTeksten(
                        "Een lange zin die\nafbreekt. Twee.", "Een lange zin die afbreekt.\nTwee."));
        assertEquals(List.of(), Tekstverschil.tussenTeksten("", " \n"));
    }
}
