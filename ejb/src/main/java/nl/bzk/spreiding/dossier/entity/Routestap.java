package nl.bzk.spreiding.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Set;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.platform.Tekst;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * One step of an approval route: the function printed in the paraaf block, and who may take it: everyone holding a
 * role, or one named user.
 */
@Embeddable
public class Routestap {

    private String functie;

    @Enumerated(EnumType.STRING)
    private Rol rol;

    @Column(name = "gebruiker")
    private String gebruiker;

    protected Routestap() {}

    private Routestap(String functie, Rol rol, String gebruiker) {
        if (functie == null || functie.isBlank() || functie.strip().length() > 100) {
            throw new IllegalArgumentException("Een stap heeft een functie van 1 tot 100 tekens");
        }
        // The function is printed in the paraaf block and named in e-mails: one line, no control character.
        String fout = Tekst.regelFout(functie.strip(), 100);
        if (fout != null) {
            throw Fout.ongeldig("Veld functie: " + fout);
        }
        this.functie = functie.strip();
        this.rol = rol;
        this.gebruiker = gebruiker;
    }

    public static Routestap voorRol(String functie, Rol rol) {
        if (rol == Rol.MINISTRY_CONTACT || rol == Rol.ARCHIVIST) {
            throw new IllegalArgumentException("Rol " + rol.getLabel() + " kan geen stap in de parafeerroute zijn");
        }
        return new Routestap(functie, rol, null);
    }

    public static Routestap voorGebruiker(String functie, String gebruikersnaam) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank()) {
            throw new IllegalArgumentException("Een stap voor een persoon noemt de gebruikersnaam");
        }
        return new Routestap(functie, null, gebruikersnaam.strip());
    }

    /** The same step for another dossier (a replacement takes the route of the dossier it replaces). */
    public Routestap kopie() {
        return new Routestap(functie, rol, gebruiker);
    }

    /** May this person take this step? By name, or by one of their roles. */
    public boolean magBeoordelen(String gebruikersnaam, Set<Rol> rollen) {
        return gebruiker != null ? gebruiker.equals(gebruikersnaam) : rollen.contains(rol);
    }

    public String getFunctie() {
        return functie;
    }

    public Rol getRol() {
        return rol;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    /** Who may take the step, as people read it. */
    public String getWie() {
        return gebruiker != null ? "gebruiker " + gebruiker : "iedereen met de rol " + rol.getLabel();
    }
}
