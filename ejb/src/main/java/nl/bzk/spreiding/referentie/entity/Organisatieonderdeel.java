package nl.bzk.spreiding.referentie.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation unit (e.g. RWS, CJIB, UWV): it belongs to one ministry and counts in one sector. */
@Entity
@Table(name = "organisatieonderdeel")
@NamedQuery(
        name = Organisatieonderdeel.ALLE,
        query = "SELECT o FROM Organisatieonderdeel o ORDER BY o.ministerie.code, o.code")
@NamedQuery(name = Organisatieonderdeel.ALLE_OP_CODE, query = "SELECT o FROM Organisatieonderdeel o ORDER BY o.code")
@NamedQuery(name = Organisatieonderdeel.MET_CODE, query = "SELECT o FROM Organisatieonderdeel o WHERE o.code = :code")
@NamedQuery(name = Organisatieonderdeel.MET_CODE_C, query = "SELECT o FROM Organisatieonderdeel o WHERE o.code = :c")
@NamedQuery(
        name = Organisatieonderdeel.VAN_MINISTERIE,
        query = "SELECT o FROM Organisatieonderdeel o WHERE o.ministerie.code = :code ORDER BY o.code")
public class Organisatieonderdeel {

    public static final String ALLE = "Organisatieonderdeel.alle";
    public static final String ALLE_OP_CODE = "Organisatieonderdeel.alle_op_code";
    public static final String MET_CODE = "Organisatieonderdeel.met_code";
    public static final String MET_CODE_C = "Organisatieonderdeel.met_code_c";
    public static final String VAN_MINISTERIE = "Organisatieonderdeel.van_ministerie";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String naam;
    private String afkorting;
    private String lidwoord;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ministerie_id")
    private Ministerie ministerie;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sector_code")
    private Sector sector;

    private boolean actief = true;

    @Version
    private long version;

    protected Organisatieonderdeel() {}

    public Organisatieonderdeel(String code, Benaming benaming, Ministerie ministerie, Sector sector) {
        this.code = code;
        benoem(benaming);
        this.ministerie = ministerie;
        this.sector = sector;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public Benaming benaming() {
        return new Benaming(naam, afkorting, lidwoord);
    }

    public Ministerie getMinisterie() {
        return ministerie;
    }

    public Sector getSector() {
        return sector;
    }

    public boolean isActief() {
        return actief;
    }

    public long getVersion() {
        return version;
    }

    public void wijzig(Benaming benaming, Sector sector, boolean actief) {
        benoem(benaming);
        this.sector = sector;
        this.actief = actief;
    }

    private void benoem(Benaming benaming) {
        this.naam = benaming.naam();
        this.afkorting = benaming.afkorting();
        this.lidwoord = benaming.lidwoord();
    }
}
