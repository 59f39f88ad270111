package nl.bzk.spreiding.dossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bzk.spreiding.security.entity.Gebruiker;
import nl.bzk.spreiding.security.entity.Rol;
import nl.bzk.spreiding.security.service.Gebruikers;

/** People's names for the login names the workflow stores, as pages print them (names, not codes). */
@Named
@RequestScoped
public class Namen {

    @Inject
    private Gebruikers gebruikers;

    private final Map<String, String> gelezen = new HashMap<>();

    public String van(String gebruikersnaam) {
        if (gebruikersnaam == null) {
            return "";
        }
        if (Rol.SYSTEEMTAAK.equals(gebruikersnaam)) {
            return Rol.SYSTEEMTAAK_WEERGAVE;
        }
        return gelezen.computeIfAbsent(
                gebruikersnaam, g -> gebruikers.zoek(g).map(Gebruiker::getNaam).orElse(g));
    }

    public String lijst(Collection<String> gebruikersnamen) {
        return gebruikersnamen.stream().map(this::van).sorted().collect(Collectors.joining(", "));
    }
}
