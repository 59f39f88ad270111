package nl.bzk.spreiding.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FiltervraagTest {

    @Test
    void alleenGegevenFiltersKomenInDeVraag() {
        String jpql = Filtervraag.van(Object.class, "SELECT c FROM Casus c")
                .met("c.status = :status", "status", null)
                .met("c.onderdeel.ministerie.code = :ministerie", "ministerie", "  ")
                .met("c.jaar = :jaar", "jaar", 2025)
                .met("c.naam = :naam", "naam", "CJIB")
                .volgorde("c.id DESC")
                .jpql();
        assertEquals("SELECT c FROM Casus c WHERE c.jaar = :jaar AND c.naam = :naam ORDER BY c.id DESC", jpql);
    }

    @Test
    void groeperenKomtNaDeVoorwaarden() {
        String jpql = Filtervraag.van(Object[].class, "SELECT r.p, SUM(r.fte) FROM R r")
                .met("r.jaar = :jaar", "jaar", 2025)
                .groepeer("r.p")
                .jpql();
        assertEquals("SELECT r.p, SUM(r.fte) FROM R r WHERE r.jaar = :jaar GROUP BY r.p", jpql);
    }

    @Test
    void zonderFiltersGeenWhere() {
        assertEquals(
                "SELECT d FROM Document d",
                Filtervraag.van(Object.class, "SELECT d FROM Document d").jpql());
    }
}
