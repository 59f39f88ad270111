package nl.bzk.spreiding.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.submission.entity.Aanlevering;
import nl.bzk.spreiding.submission.entity.AanleveringStatus;
import nl.bzk.spreiding.submission.entity.Ronde;
import nl.bzk.spreiding.submission.entity.RondeStatus;
import org.junit.jupiter.api.Test;

/** The submission and its round decide when figures may change and what BZK may decide. */
class AanleveringWorkflowTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2025-03-01T10:00:00+01:00");

    private static Aanlevering aanlevering(RondeStatus rondeStatus) {
        Ronde ronde = new Ronde(2025, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 31), 4);
        // A round closes after it was open, as in the service.
        ronde.setStatus(RondeStatus.OPEN);
        ronde.setStatus(rondeStatus);
        return new Aanlevering(ronde, new Ministerie());
    }

    @Test
    void bewerkbaarZolangHetMinisterieHaarHeeftEnDeRondeOpenIs() {
        Aanlevering a = aanlevering(RondeStatus.OPEN);
        assertTrue(a.isBewerkbaar());
        a.ingediend(NU, "contact", false);
        assertFalse(a.isBewerkbaar());
        Fout fout = assertThrows(Fout.class, a::controleerBewerkbaar);
        assertEquals(
                "De aanlevering is ingediend en kan niet meer worden gewijzigd tot BZK haar terugstuurt",
                fout.getMessage());
        a.beoordeeld(AanleveringStatus.TERUGGESTUURD, "Graag een toelichting", NU, "bzk");
        assertTrue(a.isBewerkbaar());
    }

    @Test
    void eenRondeGaatNietVanGeplandNaarGesloten() {
        Ronde ronde = new Ronde(2025, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 31), 4);
        Fout fout = assertThrows(Fout.class, () -> ronde.setStatus(RondeStatus.GESLOTEN));
        assertEquals("Inventarisatieronde 2025 kan niet van gepland naar gesloten", fout.getMessage());
    }

    @Test
    void eenHistorischeRondeIsGeslotenZonderPrognoseEnGaatNooitOpen() {
        Ronde ronde = Ronde.historisch(2018, "reeks.csv", NU, "bzk");
        assertEquals(RondeStatus.GESLOTEN, ronde.getStatus());
        assertFalse(ronde.heeftPrognose());
        assertEquals(2018, ronde.getHorizon());
        assertEquals(0, ronde.getPrognosejaren().length);
        assertFalse(ronde.magNaar(RondeStatus.OPEN));
        Fout fout = assertThrows(Fout.class, () -> ronde.setStatus(RondeStatus.OPEN));
        assertEquals(
                "Inventarisatieronde 2018 kan niet van gesloten naar open; het is een historische reeks",
                fout.getMessage());
        Aanlevering a = Aanlevering.historisch(ronde, new Ministerie(), NU, "bzk");
        assertEquals(AanleveringStatus.GOEDGEKEURD, a.getStatus());
        assertEquals("bzk", a.getBeoordeeldDoor());
        assertFalse(a.isBewerkbaar());
        assertThrows(
                IllegalArgumentException.class,
                () -> Aanlevering.historisch(aanlevering(RondeStatus.OPEN).getRonde(), new Ministerie(), NU, "bzk"));
    }

    @Test
    void eenGeslotenRondeHoudtAllesVast() {
        Aanlevering a = aanlevering(RondeStatus.GESLOTEN);
        assertFalse(a.isBewerkbaar());
        Fout fout = assertThrows(Fout.class, () -> a.ingediend(NU, "contact", true));
        assertEquals("Inventarisatieronde 2025 is gesloten", fout.getMessage());
        assertEquals(AanleveringStatus.CONCEPT, a.getStatus());
    }

    @Test
    void alleenEenIngediendeAanleveringWordtBeoordeeld() {
        Aanlevering a = aanlevering(RondeStatus.OPEN);
        Fout fout = assertThrows(Fout.class, () -> a.beoordeeld(AanleveringStatus.GOEDGEKEURD, null, NU, "bzk"));
        assertEquals("Alleen een ingediende aanlevering kan worden goedgekeurd; deze is concept", fout.getMessage());
        a.ingediend(NU, "contact", false);
        assertThrows(Fout.class, () -> a.beoordeeld(AanleveringStatus.INGEDIEND, null, NU, "bzk"));
        a.beoordeeld(AanleveringStatus.GOEDGEKEURD, null, NU, "bzk");
        assertEquals(AanleveringStatus.GOEDGEKEURD, a.getStatus());
        assertThrows(Fout.class, () -> a.beoordeeld(AanleveringStatus.TERUGGESTUURD, "Te laat", NU, "bzk"));
    }

    @Test
    void eenRondeGaatOpenDichtEnWeerOpen() {
        assertTrue(RondeStatus.GEPLAND.magNaar(RondeStatus.OPEN));
        assertFalse(RondeStatus.GEPLAND.magNaar(RondeStatus.GESLOTEN));
        assertTrue(RondeStatus.OPEN.magNaar(RondeStatus.GESLOTEN));
        assertTrue(RondeStatus.GESLOTEN.magNaar(RondeStatus.OPEN));
        assertFalse(RondeStatus.OPEN.magNaar(RondeStatus.GEPLAND));
    }
}
