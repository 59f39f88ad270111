package nl.bzk.spreiding.referentie.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/** One of the six sectors of rijkswerkgelegenheid (ministeries, Nationale Politie, Rechtspraak, DJI, Defensie, zbo's). */
@Entity
@Table(name = "sector")
@Cacheable
@NamedQuery(
        name = Sector.ALLE,
        query = "SELECT s FROM Sector s ORDER BY s.volgorde",
        hints = @QueryHint(name = Sector.RESULTATEN_BEWAREN, value = "true"))
public class Sector {

    /**
     * EclipseLink's query results cache, for lists of reference data that only the migrations change (sectors,
     * ministries): read once per instance instead of on every page.
     */
    public static final String RESULTATEN_BEWAREN = "eclipselink.query-results-cache";

    public static final String ALLE = "Sector.alle";

    @Id
    private String code;

    private String naam;
    private String afkorting;
    private String lidwoord;
    /**
     * A sector that is one organisation (Defensie, the Nationale Politie, the Rechtspraak, DJI): the letter names
     * it as a whole when it explains growth, not its units.
     */
    @Column(name = "een_organisatie")
    private boolean eenOrganisatie;

    private int volgorde;

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public Benaming benaming() {
        return new Benaming(naam, afkorting, lidwoord);
    }

    public boolean isEenOrganisatie() {
        return eenOrganisatie;
    }

    public int getVolgorde() {
        return volgorde;
    }
}
