package nl.bzk.spreiding.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class GebruikerTest {

    @Test
    void contactpersoonZonderMinisterieKanNiet() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker("xx", "X", "hash", null, Set.of(Rol.MINISTRY_CONTACT)));
    }

    @Test
    void coordinatorMetMinisterieKanNiet() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker("xx", "X", "hash", new Ministerie(), Set.of(Rol.BZK_COORDINATOR)));
    }

    @Test
    void contactpersoonMetMinisterieEnCoordinatorZonder() {
        assertDoesNotThrow(() -> new Gebruiker("cc", "C", "hash", new Ministerie(), Set.of(Rol.MINISTRY_CONTACT)));
        assertDoesNotThrow(() -> new Gebruiker("bb", "B", "hash", null, Set.of(Rol.BZK_COORDINATOR)));
    }

    @Test
    void deSysteemtaakKanGeenGebruikersnaamZijn() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker(Rol.SYSTEEMTAAK, "S", "hash", null, Set.of(Rol.ADMIN)));
        assertThrows(IllegalArgumentException.class, () -> new Gebruiker("a\tb", "S", "hash", null, Set.of(Rol.ADMIN)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker("x".repeat(101), "S", "hash", null, Set.of(Rol.ADMIN)));
        assertDoesNotThrow(() -> new Gebruiker("systeem", "S", "hash", null, Set.of(Rol.ADMIN)));
    }

    @Test
    void emailadresVoorMeldingen() {
        Gebruiker g = new Gebruiker("tekenaar", "T", "hash", null, Set.of(Rol.ONDERTEKENAAR));
        g.wijzigEmail(" t@minbzk.nl ");
        Assertions.assertEquals("t@minbzk.nl", g.getEmail());
        for (String fout : new String[] {
            "geen-adres", "a@b", "a b@c.nl", "x@y.nl\r\nBcc: z@q.nl", "<a@b.nl>", "a".repeat(250) + "@b.nl"
        }) {
            assertThrows(IllegalArgumentException.class, () -> g.wijzigEmail(fout), fout);
        }
        Assertions.assertEquals("t@minbzk.nl", g.getEmail(), "a refused address changes nothing");
        g.wijzigEmail("");
        Assertions.assertNull(g.getEmail());
    }
}
