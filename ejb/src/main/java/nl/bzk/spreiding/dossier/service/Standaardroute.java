package nl.bzk.spreiding.dossier.service;

import java.util.ArrayList;
import java.util.List;
import nl.bzk.spreiding.dossier.entity.Routestap;
import nl.bzk.spreiding.platform.Fout;
import nl.bzk.spreiding.security.entity.Rol;

/**
 * Reads a route from configuration (spreiding.route.standaard): steps separated by ';', each "function=ROLE" or
 * "function=@username", e.g. "Afdelingshoofd=BZK_COORDINATOR;Directeur=@j.mulder".
 */
public final class Standaardroute {

    private Standaardroute() {}

    public static List<Routestap> lees(String instelling) {
        List<Routestap> stappen = new ArrayList<>();
        for (String deel : instelling.split(";")) {
            if (deel.isBlank()) {
                continue;
            }
            String[] fw = deel.split("=", 2);
            if (fw.length != 2) {
                throw Fout.ongeldig("spreiding.route.standaard: '" + deel.strip()
                        + "' heeft niet de vorm functie=ROL of functie=@gebruiker");
            }
            stappen.add(stap(fw[0], fw[1]));
        }
        return stappen;
    }

    /** One step from a function and "ROLE" or "@username"; refused with a Dutch message naming the field. */
    public static Routestap stap(String functie, String wie) {
        String w = wie == null ? "" : wie.strip();
        try {
            if (w.startsWith("@")) {
                return Routestap.voorGebruiker(functie, w.substring(1));
            }
            Rol rol = Rol.van(w)
                    .orElseThrow(() -> Fout.ongeldig("Veld route: '" + wie + "' is geen rol en geen @gebruikersnaam"));
            return Routestap.voorRol(functie, rol);
        } catch (IllegalArgumentException e) {
            throw Fout.ongeldig("Veld route: " + e.getMessage());
        }
    }
}
