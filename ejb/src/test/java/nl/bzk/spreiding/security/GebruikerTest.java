package nl.bzk.spreiding.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class GebruikerTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-12-07T10:00:00+01:00");

    @Test
    void contactpersoonZonderMinisterieKanNiet() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker("xx", "X", "hash", null, Set.of(Rol.MINISTRY_CONTACT), NU));
    }

    @Test
    void coordinatorMetMinisterieKanNiet() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker("xx", "X", "hash", new Ministerie(), Set.of(Rol.BZK_COORDINATOR), NU));
    }

    @Test
    void contactpersoonMetMinisterieEnCoordinatorZonder() {
        assertDoesNotThrow(() -> new Gebruiker("cc", "C", "hash", new Ministerie(), Set.of(Rol.MINISTRY_CONTACT), NU));
        assertDoesNotThrow(() -> new Gebruiker("bb", "B", "hash", null, Set.of(Rol.BZK_COORDINATOR), NU));
    }

    @Test
    void deSysteemtaakKanGeenGebruikersnaamZijn() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker(Rol.SYSTEEMTAAK, "S", "hash", null, Set.of(Rol.ADMIN), NU));
        assertThrows(
                IllegalArgumentException.class, () -> new Gebruiker("a\tb", "S", "hash", null, Set.of(Rol.ADMIN), NU));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Gebruiker("x".repeat(101), "S", "hash", null, Set.of(Rol.ADMIN), NU));
        assertDoesNotThrow(() -> new Gebruiker("systeem", "S", "hash", null, Set.of(Rol.ADMIN), NU));
    }

    @Test
    void emailadresVoorMeldingen() {
        Gebruiker g = new Gebruiker("tekenaar", "T", "hash", null, Set.of(Rol.ONDERTEKENAAR), NU);
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

    /** Issue 30, finding 3: whoever makes accounts takes no part in the work on figures and letter. */
    @Test
    void eenBeheerderHeeftGeenAndereRol() {
        for (Rol werk : EnumSet.complementOf(EnumSet.of(Rol.ADMIN))) {
            Ministerie m = werk == Rol.MINISTRY_CONTACT ? new Ministerie() : null;
            IllegalArgumentException fout = assertThrows(
                    IllegalArgumentException.class,
                    () -> new Gebruiker("beh", "B", "hash", m, EnumSet.of(Rol.ADMIN, werk), NU),
                    werk.name());
            Assertions.assertEquals(Gebruiker.BEHEER_REGEL, fout.getMessage());
        }
        Gebruiker beheerder = new Gebruiker("beh", "B", "hash", null, Set.of(Rol.ADMIN), NU);
        assertThrows(
                IllegalArgumentException.class,
                () -> beheerder.voegRolToe(Rol.ONDERTEKENAAR, NU.plusDays(1)),
                "nor later, one role at a time");
        Assertions.assertEquals(Set.of(Rol.ADMIN), beheerder.getRollen());
        Assertions.assertEquals(NU, beheerder.getRollenSinds());
    }

    @Test
    void eenRolErbijVerschuiftRollenSindsEenRolErafNiet() {
        Gebruiker g = new Gebruiker("co", "C", "hash", null, Set.of(Rol.BZK_COORDINATOR), NU);
        g.wijzigRollen(Set.of(Rol.BZK_COORDINATOR, Rol.ARCHIVIST), null, NU.plusDays(2));
        Assertions.assertEquals(NU.plusDays(2), g.getRollenSinds());
        g.wijzigRollen(Set.of(Rol.ARCHIVIST), null, NU.plusDays(5));
        Assertions.assertEquals(NU.plusDays(2), g.getRollenSinds(), "taking a role away gives no new power");
        Assertions.assertNull(new Gebruiker("oidc", "O", null, null, Set.of(), NU).getRollenSinds());
    }

    /** An account from before the rule that still holds ADMIN with a workflow role signs in as administrator only. */
    @Test
    void eenOudeCombinatieWerktAlsBeheerderAlleen() throws Exception {
        Gebruiker g = new Gebruiker("oud", "O", "hash", null, Set.of(Rol.ADMIN), NU);
        var veld = Gebruiker.class.getDeclaredField("rollen");
        veld.setAccessible(true);
        veld.set(g, new java.util.HashSet<>(Set.of(Rol.ADMIN, Rol.ONDERTEKENAAR, Rol.BZK_COORDINATOR)));
        Assertions.assertEquals(Set.of(Rol.ADMIN), g.getWerkzameRollen());
    }
}
