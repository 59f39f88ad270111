package nl.bzk.spreiding.referentie.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A ministry. Reference data that only the migrations change, never the application: kept in the shared cache and its
 * lists in the query results cache (every page's filters and names ask for them), on each instance alike.
 */
@Entity
@Table(name = "ministerie")
@Cacheable
@NamedQuery(
        name = Ministerie.ALLE_OP_CODE,
        query = "SELECT m FROM Ministerie m ORDER BY m.code",
        hints = @QueryHint(name = Sector.RESULTATEN_BEWAREN, value = "true"))
@NamedQuery(
        name = Ministerie.ALLE_OP_NAAM,
        query = "SELECT m FROM Ministerie m ORDER BY m.naam",
        hints = @QueryHint(name = Sector.RESULTATEN_BEWAREN, value = "true"))
@NamedQuery(name = Ministerie.MET_CODE, query = "SELECT m FROM Ministerie m WHERE m.code = :code")
@NamedQuery(
        name = Ministerie.MET_ACTIEF_ONDERDEEL,
        query = "SELECT m FROM Ministerie m WHERE EXISTS (SELECT o FROM Organisatieonderdeel o "
                + "WHERE o.ministerie = m AND o.actief = TRUE) ORDER BY m.naam")
public class Ministerie {

    /** The ministries with an active unit: by default those a round expects to file (issue 31). */
    public static final String MET_ACTIEF_ONDERDEEL = "Ministerie.met_actief_onderdeel";

    public static final String ALLE_OP_CODE = "Ministerie.alle_op_code";
    public static final String ALLE_OP_NAAM = "Ministerie.alle_op_naam";
    public static final String MET_CODE = "Ministerie.met_code";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String naam;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public long getVersion() {
        return version;
    }
}
