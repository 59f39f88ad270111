package nl.bzk.spreiding.referentie.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import nl.bzk.spreiding.referentie.entity.Ministerie;
import nl.bzk.spreiding.referentie.entity.Organisatieonderdeel;
import nl.bzk.spreiding.referentie.entity.Provincie;
import nl.bzk.spreiding.referentie.entity.Sector;
import nl.bzk.spreiding.referentie.service.Referentiegegevens;

/**
 * Names for the codes that figures and comparisons carry as keys ("PV20" -> "Groningen", "CJIB" -> "Centraal
 * Justitieel Incassobureau (CJIB)"), for pages: read once per request. An unknown code is shown as it is.
 */
@Named
@RequestScoped
public class Benamingen {

    @Inject
    private Referentiegegevens referentie;

    private Map<String, String> provincies;
    private Map<String, String> onderdelen;
    private Map<String, String> ministeries;
    private Map<String, String> sectoren;

    public String sector(String code) {
        if (sectoren == null) {
            sectoren = referentie.sectoren().stream().collect(Collectors.toMap(Sector::getCode, Sector::getNaam));
        }
        return sectoren.getOrDefault(code, code);
    }

    public String provincie(String code) {
        if (provincies == null) {
            provincies =
                    referentie.provincies().stream().collect(Collectors.toMap(Provincie::getCode, Provincie::getNaam));
        }
        return provincies.getOrDefault(code, code);
    }

    public String onderdeel(String code) {
        if (onderdelen == null) {
            onderdelen = referentie.onderdelen(null).stream()
                    .collect(Collectors.toMap(
                            Organisatieonderdeel::getCode, o -> o.benaming().volledigeNaam()));
        }
        return onderdelen.getOrDefault(code, code);
    }

    public String ministerie(String code) {
        if (ministeries == null) {
            ministeries = referentie.ministeries().stream()
                    .collect(Collectors.toMap(Ministerie::getCode, Ministerie::getNaam));
        }
        return ministeries.getOrDefault(code, code);
    }
}
