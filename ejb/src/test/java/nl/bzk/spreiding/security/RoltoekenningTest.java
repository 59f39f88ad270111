package nl.bzk.spreiding.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Set;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.entity.Roltoekenning;
import nl.bzk.spreiding.security.entity.Toekenningsstatus;
import org.junit.jupiter.api.Test;

/** Four eyes on the grant of a sensitive role (issue 30, finding 3), as the entity decides it. */
class RoltoekenningTest {

    private static final OffsetDateTime NU = OffsetDateTime.parse("2026-12-07T10:00:00+01:00");

    @Test
    void eenAndereBeheerderKeurtGoedEnDanPasHeeftHetAccountDeRol() {
        Gebruiker piet = new Gebruiker("piet", "Piet", "hash", null, Set.of(Rol.ARCHIVIST), NU);
        Roltoekenning t = Roltoekenning.aangevraagd(piet, Rol.ONDERTEKENAAR, "beheer.a", NU);
        assertEquals(Set.of(Rol.ARCHIVIST), piet.getRollen(), "waiting: not yet in effect");

        Fout zelf = t.waaromNietBeoordelen("beheer.a");
        assertEquals(Fout.Soort.GEEN_TOEGANG, zelf.getSoort());
        assertTrue(zelf.getMessage().contains("Vier ogen"), zelf.getMessage());
        assertThrows(Fout.class, () -> t.keurGoed("beheer.a", NU));
        assertThrows(Fout.class, () -> t.keurGoed("piet", NU), "nobody approves their own role");
        assertEquals(Toekenningsstatus.WACHT_OP_TWEEDE_BEHEERDER, t.getStatus());

        assertNull(t.waaromNietBeoordelen("beheer.b"));
        t.keurGoed("beheer.b", NU.plusHours(1));
        assertEquals(Set.of(Rol.ARCHIVIST, Rol.ONDERTEKENAAR), piet.getRollen());
        assertEquals(NU.plusHours(1), piet.getRollenSinds());
        assertEquals("beheer.b", t.getBeoordeeldDoor());
        Fout nogmaals = assertThrows(Fout.class, () -> t.wijsAf("beheer.c", NU));
        assertEquals(Fout.Soort.CONFLICT, nogmaals.getSoort());
    }

    @Test
    void eenGoedkeuringDieEenBeheerderEenWerkrolZouGevenWordtGeweigerd() {
        Gebruiker beheerder = new Gebruiker("beh", "Beh", "hash", null, Set.of(Rol.ADMIN), NU);
        Roltoekenning t = Roltoekenning.aangevraagd(beheerder, Rol.BZK_COORDINATOR, "beheer.a", NU);
        Fout f = assertThrows(Fout.class, () -> t.keurGoed("beheer.b", NU));
        assertTrue(f.getMessage().contains(Gebruiker.BEHEER_REGEL), f.getMessage());
        assertEquals(Set.of(Rol.ADMIN), beheerder.getRollen());
    }

    @Test
    void zonderTweedeBeheerderIsMeteenVerleendEnBlijftZoGemarkeerd() {
        Gebruiker piet = new Gebruiker("piet", "Piet", "hash", null, Set.of(Rol.ONDERTEKENAAR), NU);
        Roltoekenning t = Roltoekenning.zonderTweedeBeheerder(piet, Rol.ONDERTEKENAAR, "admin", NU);
        assertEquals(Toekenningsstatus.VERLEEND, t.getStatus());
        assertTrue(t.isZonderTweedeBeheerder());
        assertThrows(Fout.class, () -> t.wijsAf("beheer.b", NU), "nothing left to decide");
        assertThrows(
                IllegalArgumentException.class,
                () -> Roltoekenning.aangevraagd(piet, Rol.ARCHIVIST, "admin", NU),
                "only the sensitive roles wait");
    }
}
