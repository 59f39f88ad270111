package nl.bzk.spreiding.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import org.junit.jupiter.api.Test;

class GebruikerTest {

    @Test
    void contactpersoonZonderMinisterieKanNiet() {
        assertThrows(IllegalArgumentException.class,
                () -> new Gebruiker("x", "X", "hash", null, Set.of(Rol.MINISTRY_CONTACT)));
    }

    @Test
    void coordinatorMetMinisterieKanNiet() {
        assertThrows(IllegalArgumentException.class,
                () -> new Gebruiker("x", "X", "hash", new Ministerie(), Set.of(Rol.BZK_COORDINATOR)));
    }

    @Test
    void contactpersoonMetMinisterieEnCoordinatorZonder() {
        assertDoesNotThrow(() -> new Gebruiker("c", "C", "hash", new Ministerie(), Set.of(Rol.MINISTRY_CONTACT)));
        assertDoesNotThrow(() -> new Gebruiker("b", "B", "hash", null, Set.of(Rol.BZK_COORDINATOR)));
    }
}
