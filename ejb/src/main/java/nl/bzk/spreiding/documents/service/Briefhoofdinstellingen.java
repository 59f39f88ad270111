package nl.bzk.spreiding.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The letter head as configured (prefix {@code spreiding.brief}, read here only): the sender block a ministry prints in
 * the side column of its letters, and the addressee of the Kamerbrief. Lines are separated by commas (MicroProfile
 * Config's list form; a comma inside a line is written {@code \,}). The defaults are the public addresses of BZK and
 * of the Tweede Kamer.
 */
@ApplicationScoped
public class Briefhoofdinstellingen {

    @Inject
    @ConfigProperty(
            name = "spreiding.brief.afzender",
            defaultValue = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,Turfmarkt 147,2511 DP  Den Haag,"
                    + "Postbus 20011,2500 EA  Den Haag,www.rijksoverheid.nl")
    List<String> afzender;

    @Inject
    @ConfigProperty(
            name = "spreiding.brief.geadresseerde",
            defaultValue = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal,Postbus 20018,2500 EA  Den Haag")
    List<String> geadresseerde;

    public Momentopname.Briefhoofd briefhoofd() {
        return new Momentopname.Briefhoofd(regels(afzender), regels(geadresseerde));
    }

    private static List<String> regels(List<String> lijst) {
        return lijst.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
